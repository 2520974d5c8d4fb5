/**
 * Users, roles and permissions, sign-in with MFA and OIDC, API tokens and sessions.
 */
package io.taisei.identity;
