package io.taisei.compliance.internal;

/**
 * A catalog file whose revision is already loaded with different content. A loaded revision is part of the record
 * (assessments will refer to its items), so it is never rewritten: a changed guideline becomes a new revision.
 */
public class CatalogConflictException extends RuntimeException {

    public CatalogConflictException(String guidelineId, String revision, String source, String loadedHash, String newHash) {
        super("Catalog " + guidelineId + " revision " + revision + " from " + source
                + " differs from the content already loaded (hash " + loadedHash + ", file " + newHash
                + "). A loaded revision is never rewritten: restore the file, or give the changed content a new revision.");
    }
}
