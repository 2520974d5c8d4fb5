package io.taisei.asset;

import java.util.Set;

public record ConnectionSummary(ConnectionId id, String code, ConnectionKind kind, SystemId fromSystemId,
                                SystemId toSystemId, String counterparty, Direction direction,
                                Set<DataCategory> dataCategories, String protocol, boolean encrypted,
                                NetworkZoneId zoneId, String description, long version) {
}
