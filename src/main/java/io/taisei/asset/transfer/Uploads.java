package io.taisei.asset.transfer;

import io.taisei.asset.Ledger;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.multipart.MultipartFile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** An uploaded ledger file, imported by the pages and the API alike. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Copies the upload to a temporary file (POI reads a zip best from a file; an oversize upload is not even
     * copied) and always removes it.
     */
    public static ImportReport importUpload(LedgerFiles files, Ledger ledger, MultipartFile file, ImportMode mode)
            throws IOException {
        File temporary = Files.createTempFile("taisei-import-", ".upload").toFile();
        try {
            if (file.getSize() <= files.settings().maxBytes()) {
                file.transferTo(temporary);
            }
            return files.importFile(ledger, temporary, file.getSize(), Format.ofFilename(file.getOriginalFilename()),
                    mode, LocaleContextHolder.getLocale());
        } finally {
            Files.deleteIfExists(temporary.toPath());
        }
    }
}
