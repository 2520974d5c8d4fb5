package io.taisei.compliance.assessment;

import io.taisei.compliance.spi.ComplianceIndicator;
import io.taisei.compliance.spi.ComplianceIndicatorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@link ComplianceIndicatorProvider} bean of every module, asked on demand. A provider that fails is logged
 * and left out: an item page must not break because one module could not measure.
 */
@Component
public class ComplianceIndicators {

    private static final Logger log = LoggerFactory.getLogger(ComplianceIndicators.class);

    private final ObjectProvider<ComplianceIndicatorProvider> providers;

    ComplianceIndicators(ObjectProvider<ComplianceIndicatorProvider> providers) {
        this.providers = providers;
    }

    /** Indicators by item key, for the given items only; items no provider speaks to are absent. */
    public Map<String, List<ComplianceIndicator>> forItems(Collection<String> itemKeys) {
        Set<String> wanted = Set.copyOf(itemKeys);
        Map<String, List<ComplianceIndicator>> result = new LinkedHashMap<>();
        providers.orderedStream().forEach(provider -> {
            Set<String> asked = new HashSet<>(provider.itemKeys());
            asked.retainAll(wanted);
            if (asked.isEmpty()) {
                return;
            }
            try {
                for (ComplianceIndicator indicator : provider.indicators(Set.copyOf(asked))) {
                    for (String key : indicator.itemKeys()) {
                        if (asked.contains(key)) {
                            result.computeIfAbsent(key, k -> new ArrayList<>()).add(indicator);
                        }
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Compliance indicator provider {} failed; its indicators are left out",
                        provider.getClass().getName(), e);
            }
        });
        result.values().forEach(list -> list.sort(Comparator.comparing(ComplianceIndicator::id)));
        return result;
    }

    public List<ComplianceIndicator> forItem(String itemKey) {
        return forItems(List.of(itemKey)).getOrDefault(itemKey, List.of());
    }
}
