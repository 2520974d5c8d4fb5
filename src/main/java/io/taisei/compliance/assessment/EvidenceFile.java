package io.taisei.compliance.assessment;

/** An uploaded evidence file as downloaded: the bytes exactly as stored, with their recorded hash. */
public record EvidenceFile(String fileName, String contentType, String sha256, byte[] content) {
}
