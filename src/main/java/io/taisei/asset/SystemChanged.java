package io.taisei.asset;

/**
 * Published when a system's record was updated (its importance, exposure, owner, department or lifecycle may have
 * changed), so that what depends on them — deadlines of findings, for one — is worked out again.
 */
public record SystemChanged(SystemId systemId) {
}
