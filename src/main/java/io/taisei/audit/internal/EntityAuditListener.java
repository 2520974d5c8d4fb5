package io.taisei.audit.internal;

import io.taisei.audit.AuditRecord;
import io.taisei.platform.Actor;
import org.hibernate.Hibernate;
import org.hibernate.HibernateException;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends an entry for every insert, update and delete of every JPA entity, in the same transaction and on the
 * same JDBC connection as the change itself (so the two commit or roll back together). Entries are collected during
 * flushes and appended in one batch just before the transaction commits. State is recorded as
 * property → value: associations as the target's id, collections as sorted lists, {@code @AuditRedacted}
 * values as {@value #REDACTED}. Changes of an element collection (such as a user's roles) appear as an update of
 * the owning entity.
 */
class EntityAuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    static final String REDACTED = "[redacted]";
    static final String REDACTED_CHANGED = "[redacted:changed]";

    private final AuditLedger ledger;
    private final Map<String, EntityAuditModel> models = new ConcurrentHashMap<>();
    /** Entries of each session's running transaction, appended together just before it commits. */
    private final Map<SharedSessionContractImplementor, List<EntryDraft>> pending =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    EntityAuditListener(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityAuditModel model = model(event.getPersister());
        if (model.audited()) {
            Map<String, Object> after = state(event.getPersister(), model, event.getState(), null, false, event.getSession());
            append(event.getSession(), AuditRecord.CREATE, model.recordType(), event.getId(), null, after);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityAuditModel model = model(event.getPersister());
        if (model.audited()) {
            Object[] old = event.getOldState();
            Map<String, Object> before = old == null ? null
                    : state(event.getPersister(), model, old, null, true, event.getSession());
            Map<String, Object> after = state(event.getPersister(), model, event.getState(), old, false, event.getSession());
            append(event.getSession(), AuditRecord.UPDATE, model.recordType(), event.getId(), before, after);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityAuditModel model = model(event.getPersister());
        if (model.audited()) {
            Map<String, Object> before = state(event.getPersister(), model, event.getDeletedState(), null, false,
                    event.getSession());
            append(event.getSession(), AuditRecord.DELETE, model.recordType(), event.getId(), before, null);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        String ownerName = event.getAffectedOwnerEntityName();
        if (ownerName == null) {
            return;
        }
        EntityPersister owner = event.getFactory().getMappingMetamodel().getEntityDescriptor(ownerName);
        EntityAuditModel model = model(owner);
        // A versioned owner gets its own update (the version moves) which already shows the collection before and
        // after; recording it twice would only add noise.
        if (!model.audited() || model.versioned()) {
            return;
        }
        PersistentCollection<?> collection = event.getCollection();
        String role = collection.getRole();
        String property = role == null ? "collection" : role.substring(role.lastIndexOf('.') + 1);
        Map<String, Object> before = new TreeMap<>();
        Map<String, Object> after = new TreeMap<>();
        boolean redacted = model.redactedProperties().contains(property);
        before.put(property, redacted ? REDACTED : snapshotValue(collection, event.getSession()));
        after.put(property, redacted ? REDACTED_CHANGED : value(collection, event.getSession()));
        append(event.getSession(), AuditRecord.UPDATE, model.recordType(), event.getAffectedOwnerIdOrNull(), before, after);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private EntityAuditModel model(EntityPersister persister) {
        return models.computeIfAbsent(persister.getEntityName(),
                name -> EntityAuditModel.of(persister.getMappedClass(), persister.isVersioned()));
    }

    private void append(SharedSessionContractImplementor session, String action, String recordType, Object id,
                        Map<String, Object> before, Map<String, Object> after) {
        Actor actor = Actor.current();
        EntryDraft draft = new EntryDraft(actor.describe(), actor.kind().name(), action, recordType,
                id == null ? null : id.toString(), CanonicalJson.write(before), CanonicalJson.write(after));
        List<EntryDraft> drafts = pending.get(session);
        if (drafts == null) {
            drafts = new ArrayList<>();
            pending.put(session, drafts);
            List<EntryDraft> forThisTransaction = drafts;
            session.getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) s -> appendPending(s, forThisTransaction));
            session.getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> pending.remove(s));
        }
        drafts.add(draft);
    }

    /**
     * Runs after the last flush, just before commit: one batch per transaction, and the entry ids are drawn as late
     * as possible, so they follow the commit order closely (the sealer links entries in id order).
     */
    private void appendPending(SharedSessionContractImplementor session, List<EntryDraft> drafts) {
        pending.remove(session);
        if (drafts.isEmpty()) {
            return;
        }
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try {
            ledger.append(connection, drafts);
        } catch (SQLException e) {
            // Failing here fails the commit: a change that cannot be audited must not happen.
            throw new HibernateException("could not append to the audit trail", e);
        }
    }

    /**
     * @param before   true for the state before an update: dirty collections then show their snapshot
     * @param previous for the state after an update, the state before, to mark changed redacted values
     */
    private Map<String, Object> state(EntityPersister persister, EntityAuditModel model, Object[] values,
                                      Object[] previous, boolean before, SharedSessionContractImplementor session) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Map<String, Object> state = new TreeMap<>();
        for (int i = 0; i < names.length && i < values.length; i++) {
            Object value = values[i];
            if (model.redactedProperties().contains(names[i])) {
                boolean changed = previous != null && !types[i].isEqual(previous[i], value);
                state.put(names[i], value == null ? null : changed ? REDACTED_CHANGED : REDACTED);
            } else if (value instanceof PersistentCollection<?> collection) {
                if (!collection.wasInitialized()) {
                    continue; // never load a lazy collection during a flush; its changes arrive as its own event
                }
                state.put(names[i], before ? snapshotValue(collection, session) : value(collection, session));
            } else if (types[i] instanceof CompositeType composite && value != null) {
                state.put(names[i], component(composite, value, session));
            } else {
                state.put(names[i], value(value, session));
            }
        }
        return state;
    }

    private Map<String, Object> component(CompositeType type, Object value, SharedSessionContractImplementor session) {
        String[] names = type.getPropertyNames();
        Object[] values = type.getPropertyValues(value, session);
        Map<String, Object> map = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], value(values[i], session));
        }
        return map;
    }

    /** A collection as it was when loaded (before this flush's changes). */
    private Object snapshotValue(PersistentCollection<?> collection, SharedSessionContractImplementor session) {
        Serializable snapshot = collection.getStoredSnapshot();
        if (!collection.isDirty() || snapshot == null) {
            return value(collection, session);
        }
        if (collection instanceof Map<?, ?>) {
            return value(snapshot, session);
        }
        if (snapshot instanceof Map<?, ?> map) { // a set's snapshot maps each element to itself
            return value(map.keySet(), session);
        }
        return value(snapshot, session);
    }

    private Object value(Object value, SharedSessionContractImplementor session) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.UUID) {
            return value.toString();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return "[" + bytes.length + " bytes]";
        }
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new TreeMap<>();
            map.forEach((k, v) -> converted.put(String.valueOf(value(k, session)), value(v, session)));
            return converted;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object element : collection) {
                list.add(value(element, session));
            }
            if (!(value instanceof List<?>)) {
                list.sort(Comparator.comparing(String::valueOf)); // sets have no order of their own
            }
            return list;
        }
        EntityPersister entity = session.getFactory().getMappingMetamodel().findEntityDescriptor(Hibernate.getClass(value));
        if (entity != null) {
            return entity.getIdentifier(value, session);
        }
        return value.toString();
    }
}
