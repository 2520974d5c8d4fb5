package io.taisei.asset.sbom;

import java.util.List;

/**
 * What changed from one SBOM version to another. Components are matched by package URL without version (or, without
 * a package URL, by group and name): present only in {@code to} is added, only in {@code from} removed, present in
 * both with another version upgraded (which includes a downgrade: the versions are shown as they are).
 */
public record SbomDiff(SbomSummary from, SbomSummary to, List<Change> added, List<Change> removed,
                       List<Change> upgraded, int unchanged) {

    /** One changed component; {@code fromVersion} is null when added, {@code toVersion} null when removed. */
    public record Change(String key, String group, String name, String fromVersion, String toVersion, String purl) {

        public String displayName() {
            return group == null ? name : group + "/" + name;
        }
    }
}
