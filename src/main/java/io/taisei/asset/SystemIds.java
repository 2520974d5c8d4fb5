package io.taisei.asset;

import java.util.Set;
import java.util.stream.Collectors;

/** Conversions between system id records and the plain values forms and payloads carry. */
final class SystemIds {

    private SystemIds() {
    }

    static Set<Long> values(Set<SystemId> ids) {
        return ids.stream().map(SystemId::value).collect(Collectors.toSet());
    }
}
