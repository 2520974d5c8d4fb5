package io.taisei.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the record type under which an entity's changes appear in the audit trail, for example
 * {@code @AuditedAs("organization.department")}. Without it the type is {@code <module>.<SimpleClassName>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditedAs {
    String value();
}
