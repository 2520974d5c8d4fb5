package io.taisei.organization;

import java.time.LocalDate;

/** Published when a legal entity is retired; its departments were all retired before. */
public record LegalEntityRetired(LegalEntityId legalEntityId, String code, LocalDate retiredOn) {
}
