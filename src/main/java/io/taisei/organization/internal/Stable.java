package io.taisei.organization.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Small helpers that keep lists and updates predictable. */
final class Stable {

    private Stable() {
    }

    /** Adds the id as the last sort key, so that rows with equal sort values never jump between pages. */
    static Pageable order(Pageable pageable) {
        Sort sort = pageable.getSort().and(Sort.by("id"));
        return pageable.isUnpaged() ? Pageable.unpaged(sort) : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    /** A client that read version 3 may not overwrite version 4: someone changed the record in between. */
    static void checkVersion(OrganizationRecord record, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != record.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
    }
}
