package io.taisei.audit.internal;

import io.taisei.audit.AuditRedacted;
import io.taisei.audit.AuditedAs;
import io.taisei.audit.NotAudited;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

/** What the audit listener needs to know about one entity class, read once from its annotations. */
record EntityAuditModel(boolean audited, String recordType, Set<String> redactedProperties, boolean versioned) {

    static EntityAuditModel of(Class<?> type, boolean versioned) {
        boolean audited = !type.isAnnotationPresent(NotAudited.class);
        AuditedAs named = type.getAnnotation(AuditedAs.class);
        String recordType = named != null ? named.value() : defaultRecordType(type);
        Set<String> redacted = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(AuditRedacted.class)) {
                    redacted.add(field.getName());
                }
            }
        }
        return new EntityAuditModel(audited, recordType, Set.copyOf(redacted), versioned);
    }

    /** {@code io.taisei.identity.internal.UserAccount} → {@code identity.UserAccount}. */
    static String defaultRecordType(Class<?> type) {
        String[] packages = type.getPackageName().split("\\.");
        if (packages.length >= 3 && "io".equals(packages[0]) && "taisei".equals(packages[1])) {
            return packages[2] + "." + type.getSimpleName();
        }
        return type.getSimpleName();
    }
}
