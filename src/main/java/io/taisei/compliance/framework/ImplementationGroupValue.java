package io.taisei.compliance.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of cmp_fw_impl_group. */
@Embeddable
record ImplementationGroupValue(
        @Column(name = "ref_id", nullable = false, length = 100) String refId,
        @Column(name = "name", length = 500) String name,
        @Column(name = "description", length = 4000) String description) {
}
