package io.taisei.compliance;

/**
 * One NIST CSF 2.0 category an item maps to, e.g. {@code PR.AA}; the function is its prefix ({@code PR}).
 * The mapping is Taisei's own and unofficial.
 */
public record CsfMapping(String function, String category) {

    public static CsfMapping of(String category) {
        return new CsfMapping(category.substring(0, 2), category);
    }
}
