package io.taisei.asset.sbom.internal;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.taisei.asset.sbom.SbomComponentSummary;
import io.taisei.asset.sbom.SbomDiff;
import io.taisei.asset.sbom.SbomSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares two versions' components package by package. A package is its package URL without version, qualifiers
 * and subpath (one tool writes {@code ?type=jar}, another does not), or, without a usable package URL, its group and
 * name in lower case. A package may appear several times (npm installs several versions side by side): equal
 * versions cancel out, the rest pair up as upgrades in version order, and what is left over was added or removed.
 */
public final class SbomDiffer {

    private static final Comparator<SbomDiff.Change> BY_NAME = Comparator
            .comparing((SbomDiff.Change c) -> c.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(c -> String.valueOf(c.fromVersion()))
            .thenComparing(c -> String.valueOf(c.toVersion()));

    private SbomDiffer() {
    }

    public static SbomDiff diff(SbomSummary from, List<SbomComponentSummary> before, SbomSummary to,
                         List<SbomComponentSummary> after) {
        Map<String, List<SbomComponentSummary>> old = byPackage(before);
        Map<String, List<SbomComponentSummary>> now = byPackage(after);
        List<SbomDiff.Change> added = new ArrayList<>();
        List<SbomDiff.Change> removed = new ArrayList<>();
        List<SbomDiff.Change> upgraded = new ArrayList<>();
        int unchanged = 0;
        Map<String, Boolean> keys = new TreeMap<>();
        old.keySet().forEach(k -> keys.put(k, true));
        now.keySet().forEach(k -> keys.put(k, true));
        for (String key : keys.keySet()) {
            List<SbomComponentSummary> was = new ArrayList<>(old.getOrDefault(key, List.of()));
            List<SbomComponentSummary> is = new ArrayList<>(now.getOrDefault(key, List.of()));
            for (Iterator<SbomComponentSummary> it = was.iterator(); it.hasNext(); ) {
                SbomComponentSummary w = it.next();
                for (Iterator<SbomComponentSummary> it2 = is.iterator(); it2.hasNext(); ) {
                    if (Objects.equals(w.version(), it2.next().version())) {
                        it2.remove();
                        it.remove();
                        unchanged++;
                        break;
                    }
                }
            }
            Comparator<SbomComponentSummary> byVersion = Comparator.comparing(c -> String.valueOf(c.version()));
            was.sort(byVersion);
            is.sort(byVersion);
            int pairs = Math.min(was.size(), is.size());
            for (int i = 0; i < pairs; i++) {
                SbomComponentSummary w = was.get(i);
                SbomComponentSummary n = is.get(i);
                upgraded.add(new SbomDiff.Change(key, n.group(), n.name(), w.version(), n.version(), n.purl()));
            }
            for (int i = pairs; i < was.size(); i++) {
                SbomComponentSummary w = was.get(i);
                removed.add(new SbomDiff.Change(key, w.group(), w.name(), w.version(), null, w.purl()));
            }
            for (int i = pairs; i < is.size(); i++) {
                SbomComponentSummary n = is.get(i);
                added.add(new SbomDiff.Change(key, n.group(), n.name(), null, n.version(), n.purl()));
            }
        }
        added.sort(BY_NAME);
        removed.sort(BY_NAME);
        upgraded.sort(BY_NAME);
        return new SbomDiff(from, to, added, removed, upgraded, unchanged);
    }

    private static Map<String, List<SbomComponentSummary>> byPackage(List<SbomComponentSummary> components) {
        Map<String, List<SbomComponentSummary>> packages = new LinkedHashMap<>();
        for (SbomComponentSummary c : components) {
            packages.computeIfAbsent(packageKey(c.purl(), c.group(), c.name()), k -> new ArrayList<>()).add(c);
        }
        return packages;
    }

    static String packageKey(String purl, String group, String name) {
        if (purl != null) {
            try {
                PackageURL parsed = new PackageURL(purl);
                StringBuilder key = new StringBuilder("pkg:").append(parsed.getType()).append('/');
                if (parsed.getNamespace() != null) {
                    key.append(parsed.getNamespace()).append('/');
                }
                return key.append(parsed.getName()).toString();
            } catch (MalformedPackageURLException unusable) {
                // fall back to the name, as for a component without a package URL
            }
        }
        String label = group == null ? name : group + "/" + name;
        return "name:" + label.toLowerCase(Locale.ROOT);
    }
}
