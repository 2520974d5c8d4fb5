/**
 * Shared kernel every module may use: the acting principal, paging limits, the web shell (layout, locale, errors, problem details).
 */
package io.taisei.platform;
