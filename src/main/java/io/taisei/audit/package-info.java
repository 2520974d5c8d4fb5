/**
 * The tamper-evident, hash-chained audit trail of every change to every record.
 */
package io.taisei.audit;
