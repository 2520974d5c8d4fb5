package io.taisei.notification;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A notification to send. The subject is a message key with arguments, rendered in each reader's language when read
 * (and in the recipient's language for mail); {@code link} is the Taisei page it concerns. A notice with a
 * {@code deduplicationKey} reaches each recipient once, however often it is sent — so a daily reminder job can send
 * "due in 30 days" every day and each person gets it once.
 */
public record Notice(String kind, String subjectKey, List<String> arguments, String link, String deduplicationKey,
                     Set<Recipient> recipients) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectKey, "subjectKey");
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        recipients = Set.copyOf(recipients);
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            // Links are rendered as hrefs and mailed: only a path inside Taisei, never another site.
            throw new IllegalArgumentException("a notice links to a path inside Taisei: " + link);
        }
    }
}
