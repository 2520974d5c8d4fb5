/**
 * The web shell shared by every module: layout model, locale, error pages, problem+json errors and the request body
 * limit. Exposed as the named interface {@code web} so that the identity module's security configuration can reuse the
 * problem+json entry point and access-denied handler.
 */
@org.springframework.modulith.NamedInterface("web")
package io.taisei.platform.web;
