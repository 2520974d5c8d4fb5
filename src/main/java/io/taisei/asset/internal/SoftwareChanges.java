package io.taisei.asset.internal;

import io.taisei.asset.LedgerSoftwareChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Announces changed hardware/software records. A single edit publishes its own {@link LedgerSoftwareChanged}; inside
 * {@link #batched} (an import writing thousands of rows in one transaction) the ids are collected and published at
 * the end of the batch, still inside the transaction, as a few events of up to {@value #IDS_PER_EVENT} ids each — one
 * event per row made the vulnerability module re-match once per imported row. Events are kept that small because the
 * event publication registry stores each one serialised (4,000 characters at most on H2).
 */
@Component
public class SoftwareChanges {

    static final int IDS_PER_EVENT = 250;

    private static final ThreadLocal<Set<Long>> BATCH = new ThreadLocal<>();

    private final ApplicationEventPublisher events;

    SoftwareChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    void changed(long hardwareSoftwareId) {
        Set<Long> batch = BATCH.get();
        if (batch != null) {
            batch.add(hardwareSoftwareId);
        } else {
            events.publishEvent(new LedgerSoftwareChanged(Set.of(hardwareSoftwareId)));
        }
    }

    /**
     * Runs {@code work} (which must run inside the caller's transaction) collecting the changed ids, then publishes
     * them; when the work fails nothing is published. A batch inside a batch joins the outer one.
     */
    public <T> T batched(Supplier<T> work) {
        if (BATCH.get() != null) {
            return work.get();
        }
        Set<Long> ids = new LinkedHashSet<>();
        BATCH.set(ids);
        T result;
        try {
            result = work.get();
        } finally {
            BATCH.remove();
        }
        List<Long> pending = new ArrayList<>(ids);
        for (int from = 0; from < pending.size(); from += IDS_PER_EVENT) {
            events.publishEvent(new LedgerSoftwareChanged(
                    Set.copyOf(pending.subList(from, Math.min(pending.size(), from + IDS_PER_EVENT)))));
        }
        return result;
    }
}
