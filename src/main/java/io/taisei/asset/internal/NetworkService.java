package io.taisei.asset.internal;

import io.taisei.asset.ConnectionDraft;
import io.taisei.asset.ConnectionFilter;
import io.taisei.asset.ConnectionKind;
import io.taisei.asset.NetworkZoneDraft;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ledger 4 and its rules: unique codes; a connection starts at an existing system and either reaches another
 * existing system (kind SYSTEM) or names the party outside; the zone, when given, exists.
 */
@Service
@Transactional
public class NetworkService {

    private final NetworkZoneRepository zones;
    private final ConnectionRepository connections;
    private final InformationSystemRepository systems;

    NetworkService(NetworkZoneRepository zones, ConnectionRepository connections, InformationSystemRepository systems) {
        this.zones = zones;
        this.connections = connections;
        this.systems = systems;
    }

    // --- zones ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<NetworkZone> zones(String q, Pageable pageable) {
        return zones.findAll(Searches.zones(q), Searches.stable(pageable));
    }

    @Transactional(readOnly = true)
    public List<NetworkZone> allZones() {
        return zones.findAll(Sort.by("code"));
    }

    @Transactional(readOnly = true)
    public NetworkZone zone(long id) {
        return zones.findById(id).orElseThrow(() -> new RecordNotFoundException("zone", id));
    }

    @Transactional(readOnly = true)
    public Optional<NetworkZone> zoneByCode(String code) {
        return zones.findByCodeKey(Text.codeKey(code));
    }

    public NetworkZone createZone(NetworkZoneDraft draft) {
        if (zones.existsByCodeKey(Text.codeKey(draft.code()))) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        return zones.save(new NetworkZone(draft));
    }

    public NetworkZone updateZone(long id, NetworkZoneDraft draft, Long expectedVersion) {
        NetworkZone zone = zone(id);
        if (expectedVersion != null && expectedVersion != zone.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        if (zones.existsByCodeKeyAndIdNot(Text.codeKey(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        zone.apply(draft);
        return zones.saveAndFlush(zone);
    }

    // --- connections ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<Connection> connections(ConnectionFilter filter, Pageable pageable) {
        return connections.findAll(Searches.connections(filter), Searches.stable(pageable));
    }

    @Transactional(readOnly = true)
    public Connection connection(long id) {
        return connections.findById(id).orElseThrow(() -> new RecordNotFoundException("connection", id));
    }

    @Transactional(readOnly = true)
    public Optional<Connection> connectionByCode(String code) {
        return connections.findByCodeKey(Text.codeKey(code));
    }

    @Transactional(readOnly = true)
    public List<Connection> connectionsOf(long systemId) {
        return connections.findBySystem(systemId);
    }

    public Connection createConnection(ConnectionDraft draft) {
        if (connections.existsByCodeKey(Text.codeKey(draft.code()))) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        return connections.save(new Connection(draft));
    }

    public Connection updateConnection(long id, ConnectionDraft draft, Long expectedVersion) {
        Connection connection = connection(id);
        if (expectedVersion != null && expectedVersion != connection.getVersion()) {
            throw new OptimisticLockingFailureException("stale version");
        }
        if (connections.existsByCodeKeyAndIdNot(Text.codeKey(draft.code()), id)) {
            throw RuleViolationException.conflict("code", "asset.rule.code.taken");
        }
        check(draft);
        connection.apply(draft);
        return connections.saveAndFlush(connection);
    }

    /** The rules beyond field validation, for imports that check every row before writing any. */
    public void check(ConnectionDraft draft) {
        if (!systems.existsById(draft.fromSystemId())) {
            throw RuleViolationException.invalid("fromSystemId", "asset.rule.system.unknown");
        }
        if (draft.kind() == ConnectionKind.SYSTEM) {
            if (draft.toSystemId() == null) {
                throw RuleViolationException.invalid("toSystemId", "asset.rule.connection.toSystemRequired");
            }
            if (Objects.equals(draft.toSystemId(), draft.fromSystemId())) {
                throw RuleViolationException.invalid("toSystemId", "asset.rule.connection.self");
            }
            if (!systems.existsById(draft.toSystemId())) {
                throw RuleViolationException.invalid("toSystemId", "asset.rule.system.unknown");
            }
        } else if (Text.clean(draft.counterparty()) == null) {
            throw RuleViolationException.invalid("counterparty", "asset.rule.connection.counterpartyRequired");
        }
        if (draft.zoneId() != null && !zones.existsById(draft.zoneId())) {
            throw RuleViolationException.invalid("zoneId", "asset.rule.zone.unknown");
        }
    }
}
