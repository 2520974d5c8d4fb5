package io.taisei.audit.internal;

import io.taisei.audit.AuditRedacted;
import io.taisei.audit.AuditedAs;
import io.taisei.audit.NotAudited;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityAuditModelTest {

    static class Base {
        @AuditRedacted
        String secret;
    }

    static class Plain extends Base {
        String name;
        @AuditRedacted
        String token;
    }

    @NotAudited
    static class Ignored {
    }

    @AuditedAs("organization.department")
    static class Named {
    }

    @Test
    void redactedFieldsAreFoundAlsoInSuperclasses() {
        EntityAuditModel model = EntityAuditModel.of(Plain.class, true);
        assertThat(model.audited()).isTrue();
        assertThat(model.redactedProperties()).containsExactlyInAnyOrder("secret", "token");
        assertThat(model.versioned()).isTrue();
    }

    @Test
    void notAuditedEntitiesAreSkipped() {
        assertThat(EntityAuditModel.of(Ignored.class, false).audited()).isFalse();
    }

    @Test
    void theRecordTypeIsModuleAndClassUnlessNamed() {
        assertThat(EntityAuditModel.of(Plain.class, false).recordType()).isEqualTo("audit.Plain");
        assertThat(EntityAuditModel.of(Named.class, false).recordType()).isEqualTo("organization.department");
        assertThat(EntityAuditModel.defaultRecordType(String.class)).isEqualTo("String");
    }
}
