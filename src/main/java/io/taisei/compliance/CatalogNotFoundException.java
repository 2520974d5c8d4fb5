package io.taisei.compliance;

/** No catalog (or no item in it) with the id asked for. */
public class CatalogNotFoundException extends RuntimeException {

    public CatalogNotFoundException(String what) {
        super(what + " not found");
    }
}
