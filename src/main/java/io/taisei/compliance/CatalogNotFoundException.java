package io.taisei.compliance;

import io.taisei.platform.RecordNotFoundException;

/** No catalog (or no item in it) with the id asked for: 404 through the platform's error handling. */
public class CatalogNotFoundException extends RecordNotFoundException {

    public CatalogNotFoundException(String what) {
        super("compliance catalog", what);
    }
}
