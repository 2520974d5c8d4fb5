/**
 * The guideline as a versioned catalog of items (sections, fundamental and recommended items, our summaries,
 * supporting modules, an unofficial NIST CSF 2.0 mapping) and, later, self-assessments against it.
 */
package io.taisei.compliance;
