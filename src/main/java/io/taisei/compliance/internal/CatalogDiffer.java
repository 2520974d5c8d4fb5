package io.taisei.compliance.internal;

import io.taisei.compliance.CatalogItemChange;
import io.taisei.compliance.CatalogItemSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares the items of two revisions by item id. */
public final class CatalogDiffer {

    public record Result(List<CatalogItemSummary> added, List<CatalogItemSummary> removed,
                         List<CatalogItemChange> changed) {
    }

    private CatalogDiffer() {
    }

    public static Result compare(List<CatalogItemSummary> from, List<CatalogItemSummary> to) {
        Map<String, CatalogItemSummary> before = index(from);
        Map<String, CatalogItemSummary> after = index(to);
        List<CatalogItemSummary> added = new ArrayList<>();
        List<CatalogItemChange> changed = new ArrayList<>();
        for (CatalogItemSummary item : to) {
            CatalogItemSummary old = before.get(item.key());
            if (old == null) {
                added.add(item);
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!Objects.equals(old.sectionNumber(), item.sectionNumber())) fields.add("section");
            if (old.kind() != item.kind()) fields.add("kind");
            if (!Objects.equals(old.summaryJa(), item.summaryJa())) fields.add("summaryJa");
            if (!Objects.equals(old.summaryEn(), item.summaryEn())) fields.add("summaryEn");
            if (!Objects.equals(old.features(), item.features())) fields.add("features");
            if (!Objects.equals(old.csf(), item.csf())) fields.add("csf");
            if (!fields.isEmpty()) {
                changed.add(new CatalogItemChange(item.key(), List.copyOf(fields), old, item));
            }
        }
        List<CatalogItemSummary> removed = from.stream().filter(item -> !after.containsKey(item.key())).toList();
        return new Result(List.copyOf(added), removed, List.copyOf(changed));
    }

    private static Map<String, CatalogItemSummary> index(List<CatalogItemSummary> items) {
        Map<String, CatalogItemSummary> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(item.key(), item));
        return map;
    }
}
