package io.taisei.audit.internal;

import io.taisei.audit.AuditRecord;
import io.taisei.audit.AuditTrail;
import io.taisei.platform.Actor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Explicit appends. MANDATORY propagation: an audit entry exists exactly when the change it describes commits, so
 * there must be a transaction to join. JdbcTemplate runs on the connection bound to that transaction (also for JPA
 * transactions, whose connection Spring exposes to JDBC code on the same DataSource).
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcTemplate jdbc;
    private final AuditLedger ledger;

    JdbcAuditTrail(JdbcTemplate jdbc, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(AuditRecord record) {
        return appendAll(List.of(record)).get(0);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> appendAll(List<AuditRecord> records) {
        Actor actor = Actor.current();
        List<EntryDraft> drafts = records.stream()
                .map(r -> new EntryDraft(actor.describe(), actor.kind().name(), r.action(), r.recordType(),
                        r.recordId(), CanonicalJson.write(r.before()), CanonicalJson.write(r.after())))
                .toList();
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> ledger.append(connection, drafts));
    }
}
