package io.taisei.asset.sbom;

import io.taisei.asset.ComponentSource;
import io.taisei.asset.InstalledComponent;
import io.taisei.asset.SystemId;
import io.taisei.asset.sbom.internal.SbomRows;
import io.taisei.asset.sbom.internal.SbomVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The SBOM half of "what is installed where" for vulnerability matching: the components of each system's current
 * SBOM (its latest version), read straight from the tables in id-ordered batches so that memory stays flat.
 */
@Service
@Transactional(readOnly = true)
public class SbomInstalledComponents {

    private final SbomVersionRepository versions;
    private final SbomRows rows;

    SbomInstalledComponents(SbomVersionRepository versions, SbomRows rows) {
        this.versions = versions;
        this.rows = rows;
    }

    public List<InstalledComponent> currentComponentsOf(SystemId system) {
        List<InstalledComponent> found = new ArrayList<>();
        versions.findFirstBySystemIdOrderByIdDesc(system.value())
                .ifPresent(current -> rows.forEachComponentBatch(current.getId(), 1000,
                        batch -> batch.forEach(c -> found.add(installed(system, c)))));
        return found;
    }

    /** Every component of every system's current SBOM, in batches of {@code batchSize} (the last may be smaller). */
    public void forEachBatch(int batchSize, Consumer<List<InstalledComponent>> batches) {
        List<InstalledComponent> batch = new ArrayList<>(batchSize);
        for (long[] current : rows.currentVersions()) {
            SystemId system = new SystemId(current[0]);
            rows.forEachComponentBatch(current[1], batchSize, components -> {
                for (SbomComponentSummary c : components) {
                    batch.add(installed(system, c));
                    if (batch.size() == batchSize) {
                        batches.accept(List.copyOf(batch));
                        batch.clear();
                    }
                }
            });
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
    }

    /** The supplier stands in for the vendor; Maven-style groups are namespaces, not vendors. */
    private static InstalledComponent installed(SystemId system, SbomComponentSummary c) {
        return new InstalledComponent(ComponentSource.SBOM, c.id(), system, c.supplier(), c.name(), c.version(),
                c.purl(), c.cpe());
    }
}
