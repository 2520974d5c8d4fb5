package io.taisei.asset.diagram;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.ConnectionFilter;
import io.taisei.asset.ConnectionKind;
import io.taisei.asset.ConnectionSummary;
import io.taisei.asset.DataAssetSummary;
import io.taisei.asset.DataCategory;
import io.taisei.asset.Direction;
import io.taisei.asset.NetworkZoneId;
import io.taisei.asset.NetworkZoneSummary;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;
import io.taisei.platform.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the ledgers into a diagram graph. Systems and external services become nodes; a connection to a party outside
 * makes that party a node (one node per kind and name, however many connections reach it); connections become edges
 * pointing the way data flows.
 * <p>
 * Zones are recorded on connections, not on systems, so the network diagram places each system in the zone that most
 * of its connections to other systems run through (its connections to outside parties count only when it has none);
 * a tie goes to the zone with the smaller code, and a system with no zoned connection is drawn in a group of its own,
 * "zone not recorded". A party outside is placed in the zone its connections run through.
 */
@Component
class LedgerGraphBuilder {

    /** A diagram beyond this many nodes is refused: no layout stays readable, and the filters are the cure. */
    static final int MAX_NODES = 600;
    static final String NO_ZONE = "z-none";
    private static final int BATCH = 1000;
    private static final int SHORT_CATEGORIES = 2;
    private static final int DATA_IN_TOOLTIP = 10;

    private final AssetManagement assets;
    private final MessageSource messages;

    LedgerGraphBuilder(AssetManagement assets, MessageSource messages) {
        this.assets = assets;
        this.messages = messages;
    }

    DiagramGraph build(DiagramType type, DiagramFilter filter, Locale locale) {
        Texts texts = new Texts(messages, locale);
        SystemSummary focus = filter.systemId() == null ? null : assets.system(filter.systemId());
        NetworkZoneSummary zone = filter.zoneId() == null ? null : assets.zone(filter.zoneId());

        Map<Long, SystemSummary> systems = new LinkedHashMap<>();
        for (SystemSummary s : allSystems(filter)) {
            if (filter.keeps(s.importance())) {
                systems.put(s.id().value(), s);
            }
        }
        if (focus != null) {
            systems.putIfAbsent(focus.id().value(), focus);
        }
        List<ConnectionSummary> allConnections = allConnections();
        List<ConnectionSummary> shown = allConnections.stream()
                .filter(c -> systems.containsKey(c.fromSystemId().value()))
                .filter(c -> c.toSystemId() == null || systems.containsKey(c.toSystemId().value()))
                .filter(c -> zone == null || zone.id().equals(c.zoneId()))
                .filter(c -> focus == null || focus.id().equals(c.fromSystemId()) || focus.id().equals(c.toSystemId()))
                .toList();

        // which systems are drawn: all that pass the filters, or only those the shown connections reach
        Set<Long> drawn = new LinkedHashSet<>();
        if (focus == null && zone == null) {
            drawn.addAll(systems.keySet());
        } else {
            if (focus != null) {
                drawn.add(focus.id().value());
            }
            for (ConnectionSummary c : shown) {
                drawn.add(c.fromSystemId().value());
                if (c.toSystemId() != null) {
                    drawn.add(c.toSystemId().value());
                }
            }
        }
        Map<String, Party> parties = new LinkedHashMap<>();
        for (ConnectionSummary c : shown) {
            if (c.toSystemId() == null) {
                parties.computeIfAbsent(Party.key(c), k -> new Party("p" + (parties.size() + 1), c.kind(),
                        c.counterparty().strip())).connections.add(c);
            }
        }
        int count = drawn.size() + parties.size();
        if (count > MAX_NODES) {
            throw RuleViolationException.invalid(null, "diagram.rule.tooLarge", count, MAX_NODES);
        }

        boolean network = type == DiagramType.NETWORK;
        Map<Long, NetworkZoneSummary> zones = assets.allZones().stream()
                .collect(Collectors.toMap(z -> z.id().value(), Function.identity()));
        Map<Long, Long> zoneOfSystem = network ? placeSystems(allConnections, zones) : Map.of();

        List<DiagramGraph.Node> nodes = new ArrayList<>();
        Set<String> usedGroups = new LinkedHashSet<>();
        for (Long id : drawn) {
            SystemSummary s = systems.get(id);
            String group = network ? groupId(zoneOfSystem.get(id)) : null;
            usedGroups.add(group);
            nodes.add(new DiagramGraph.Node(systemNode(id), s.kind() == SystemKind.EXTERNAL_SERVICE
                    ? NodeKind.EXTERNAL_SERVICE : NodeKind.IN_HOUSE, s.importance(), s.code(), s.name(),
                    texts.systemTooltip(s, assets.dataOf(s.id())), group));
        }
        for (Party party : parties.values()) {
            String group = network ? groupId(mostFrequentZone(party.connections, zones)) : null;
            usedGroups.add(group);
            nodes.add(new DiagramGraph.Node(party.id, NodeKind.OUTSIDE_PARTY, null, party.name,
                    texts.get("asset.connectionKind." + party.kind), texts.partyTooltip(party), group));
        }

        List<DiagramGraph.Edge> edges = new ArrayList<>();
        for (ConnectionSummary c : shown) {
            String from = systemNode(c.fromSystemId().value());
            String other = c.toSystemId() != null ? systemNode(c.toSystemId().value()) : parties.get(Party.key(c)).id;
            boolean inbound = c.direction() == Direction.INBOUND;
            String endName = c.toSystemId() != null ? systems.get(c.toSystemId().value()).code() : c.counterparty();
            edges.add(new DiagramGraph.Edge("c" + c.id().value(), inbound ? other : from, inbound ? from : other,
                    c.direction() == Direction.BIDIRECTIONAL, network ? texts.networkLabel(c) : texts.dataLabel(c),
                    texts.connectionTooltip(c, systems.get(c.fromSystemId().value()).code(), endName, zones)));
        }

        List<DiagramGraph.Group> groups = new ArrayList<>();
        if (network) {
            usedGroups.stream().sorted(Comparator.comparing((String g) -> g.equals(NO_ZONE))
                            .thenComparing(g -> g.equals(NO_ZONE) ? "" : zones.get(zoneIdOf(g)).code()))
                    .forEach(g -> groups.add(g.equals(NO_ZONE)
                            ? new DiagramGraph.Group(NO_ZONE, texts.get("diagram.zone.none"), texts.get("diagram.zone.none.help"))
                            : texts.zoneGroup(g, zones.get(zoneIdOf(g)))));
        }
        return new DiagramGraph(groups, nodes, edges);
    }

    private List<SystemSummary> allSystems(DiagramFilter filter) {
        SystemFilter systemFilter = new SystemFilter(null, null, null, null, null, null, null, filter.legalEntityId(), null);
        List<SystemSummary> all = new ArrayList<>();
        Page<SystemSummary> page;
        int number = 0;
        do {
            page = assets.systems(systemFilter, PageRequest.of(number++, BATCH, Sort.by("code")));
            all.addAll(page.getContent());
        } while (page.hasNext());
        return all;
    }

    private List<ConnectionSummary> allConnections() {
        ConnectionFilter none = new ConnectionFilter(null, null, null, null, null);
        List<ConnectionSummary> all = new ArrayList<>();
        Page<ConnectionSummary> page;
        int number = 0;
        do {
            page = assets.connections(none, PageRequest.of(number++, BATCH, Sort.by("code")));
            all.addAll(page.getContent());
        } while (page.hasNext());
        return all;
    }

    /** Each system's zone by the rule in the class comment; systems without a zoned connection are left out. */
    static Map<Long, Long> placeSystems(Collection<ConnectionSummary> connections, Map<Long, NetworkZoneSummary> zones) {
        Map<Long, List<ConnectionSummary>> betweenSystems = new HashMap<>();
        Map<Long, List<ConnectionSummary>> outside = new HashMap<>();
        for (ConnectionSummary c : connections) {
            if (c.zoneId() == null) {
                continue;
            }
            if (c.kind() == ConnectionKind.SYSTEM && c.toSystemId() != null) {
                betweenSystems.computeIfAbsent(c.fromSystemId().value(), k -> new ArrayList<>()).add(c);
                betweenSystems.computeIfAbsent(c.toSystemId().value(), k -> new ArrayList<>()).add(c);
            } else {
                outside.computeIfAbsent(c.fromSystemId().value(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, Long> placed = new HashMap<>();
        outside.forEach((system, list) -> placed.put(system, mostFrequentZone(list, zones)));
        betweenSystems.forEach((system, list) -> placed.put(system, mostFrequentZone(list, zones)));
        return placed;
    }

    static Long mostFrequentZone(Collection<ConnectionSummary> connections, Map<Long, NetworkZoneSummary> zones) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (ConnectionSummary c : connections) {
            if (c.zoneId() != null && zones.containsKey(c.zoneId().value())) {
                counts.merge(c.zoneId().value(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> zones.get(e.getKey()).code(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String systemNode(long id) {
        return "s" + id;
    }

    private static String groupId(Long zoneId) {
        return zoneId == null ? NO_ZONE : "z" + zoneId;
    }

    private static long zoneIdOf(String groupId) {
        return Long.parseLong(groupId.substring(1));
    }

    /** A party outside, identified by the kind of connection and its name (case and surrounding blanks ignored). */
    private static final class Party {
        final String id;
        final ConnectionKind kind;
        final String name;
        final List<ConnectionSummary> connections = new ArrayList<>();

        Party(String id, ConnectionKind kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        static String key(ConnectionSummary c) {
            return c.kind() + "|" + c.counterparty().strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Labels and tooltips in the user's language. */
    private record Texts(MessageSource messages, Locale locale) {

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String dataLabel(ConnectionSummary c) {
            List<DataCategory> categories = sorted(c.dataCategories());
            if (categories.isEmpty()) {
                return get("diagram.edge.noData");
            }
            String shortNames = categories.stream().limit(SHORT_CATEGORIES)
                    .map(d -> get("diagram.dataCategory.short." + d)).collect(Collectors.joining("・"));
            return categories.size() > SHORT_CATEGORIES ? shortNames + " +" + (categories.size() - SHORT_CATEGORIES)
                    : shortNames;
        }

        String networkLabel(ConnectionSummary c) {
            String protocol = c.protocol() == null ? c.code() : TextMetrics.fit(c.protocol(), 90, TextMetrics.LABEL_SIZE, false);
            return c.encrypted() ? protocol : protocol + " " + get("diagram.edge.plain");
        }

        String connectionTooltip(ConnectionSummary c, String fromName, String toName,
                                 Map<Long, NetworkZoneSummary> zones) {
            StringBuilder text = new StringBuilder();
            text.append(c.code()).append(": ").append(fromName)
                    .append(c.direction() == Direction.BIDIRECTIONAL ? " ⇄ " : c.direction() == Direction.INBOUND ? " ← " : " → ")
                    .append(toName);
            text.append('\n').append(get("asset.connectionKind." + c.kind())).append(" / ")
                    .append(get("asset.direction." + c.direction()));
            List<DataCategory> categories = sorted(c.dataCategories());
            text.append('\n').append(get("diagram.tooltip.data")).append(": ").append(categories.isEmpty()
                    ? get("diagram.edge.noData")
                    : categories.stream().map(d -> get("asset.dataCategory." + d)).collect(Collectors.joining(", ")));
            text.append('\n').append(get("diagram.tooltip.protocol")).append(": ")
                    .append(Objects.requireNonNullElse(c.protocol(), "-")).append(" (")
                    .append(get(c.encrypted() ? "diagram.tooltip.encrypted" : "diagram.tooltip.plain")).append(')');
            NetworkZoneSummary zone = c.zoneId() == null ? null : zones.get(c.zoneId().value());
            text.append('\n').append(get("diagram.tooltip.zone")).append(": ")
                    .append(zone == null ? "-" : zone.code() + " " + zone.name());
            return text.toString();
        }

        String systemTooltip(SystemSummary s, List<DataAssetSummary> data) {
            StringBuilder text = new StringBuilder();
            text.append(s.code()).append(' ').append(s.name());
            text.append('\n').append(get("asset.systemKind." + s.kind())).append(" / ")
                    .append(get("diagram.tooltip.importance")).append(": ").append(get("asset.importance." + s.importance()));
            if (s.provider() != null) {
                text.append('\n').append(get("diagram.tooltip.provider")).append(": ").append(s.provider());
            }
            if (!data.isEmpty()) {
                text.append('\n').append(get("diagram.tooltip.dataAssets")).append(": ")
                        .append(data.stream().limit(DATA_IN_TOOLTIP).map(d -> d.name() + " (" + d.code() + ")")
                                .collect(Collectors.joining(", ")));
                if (data.size() > DATA_IN_TOOLTIP) {
                    text.append(' ').append(get("diagram.tooltip.more", data.size() - DATA_IN_TOOLTIP));
                }
            }
            return text.toString();
        }

        String partyTooltip(Party party) {
            return party.name + '\n' + get("asset.connectionKind." + party.kind) + '\n'
                    + get("diagram.tooltip.connections") + ": "
                    + party.connections.stream().map(ConnectionSummary::code).collect(Collectors.joining(", "));
        }

        DiagramGraph.Group zoneGroup(String id, NetworkZoneSummary zone) {
            String tooltip = zone.code() + ' ' + zone.name() + '\n' + get("asset.zoneKind." + zone.kind())
                    + (zone.addressRanges() == null ? "" : '\n' + zone.addressRanges());
            return new DiagramGraph.Group(id, zone.code() + ' ' + zone.name(), tooltip);
        }

        private static List<DataCategory> sorted(Set<DataCategory> categories) {
            return categories.stream().sorted().toList();
        }
    }
}
