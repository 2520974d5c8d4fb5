package io.taisei.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of cmp_item_csf. */
@Embeddable
public record CsfCategory(
        @Column(name = "csf_function", nullable = false, length = 2) String function,
        @Column(name = "csf_category", nullable = false, length = 10) String category) {
}
