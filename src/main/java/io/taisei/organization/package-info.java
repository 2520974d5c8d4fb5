/**
 * Legal entities (the institution, group companies, overseas branches), departments and people.
 */
package io.taisei.organization;
