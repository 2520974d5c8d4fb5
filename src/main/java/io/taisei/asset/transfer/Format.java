package io.taisei.asset.transfer;

/** The two file formats a ledger comes and goes in. */
public enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** By its extension, in any case ({@code xlsx}, {@code CSV}); empty when it is neither. */
    public static java.util.Optional<Format> of(String extension) {
        for (Format format : values()) {
            if (format.extension.equalsIgnoreCase(extension == null ? "" : extension.strip())) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }

    /** By the uploaded file's name; anything but .csv is read as xlsx (and refused if it is not one). */
    public static Format ofFilename(String filename) {
        return filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
    }
}
