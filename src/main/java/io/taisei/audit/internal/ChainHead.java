package io.taisei.audit.internal;

/** The last sequence number and hash of the chain ({@code aud_chain_head}). */
public record ChainHead(long seq, String hash) {
}
