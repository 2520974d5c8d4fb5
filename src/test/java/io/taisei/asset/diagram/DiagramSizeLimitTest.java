package io.taisei.asset.diagram;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.ConnectionSummary;
import io.taisei.asset.Environment;
import io.taisei.asset.Importance;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.Rating;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.platform.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A diagram beyond what a layout keeps readable is refused with a reason the user can act on. */
class DiagramSizeLimitTest {

    @Test
    void moreNodesThanADiagramCanShowAreRefusedAskingToNarrowTheFilters() {
        AssetManagement assets = ledgerOf(LedgerGraphBuilder.MAX_NODES + 1);
        LedgerGraphBuilder builder = new LedgerGraphBuilder(assets, messages());

        assertThatThrownBy(() -> builder.build(DiagramType.DATA_FLOW, DiagramFilter.none(), Locale.JAPANESE))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("diagram.rule.tooLarge");
                    assertThat(e.arguments()).containsExactly(LedgerGraphBuilder.MAX_NODES + 1, LedgerGraphBuilder.MAX_NODES);
                });
    }

    @Test
    void aDiagramAtTheLimitIsDrawn() {
        AssetManagement assets = ledgerOf(LedgerGraphBuilder.MAX_NODES);
        DiagramGraph graph = new LedgerGraphBuilder(assets, messages())
                .build(DiagramType.DATA_FLOW, DiagramFilter.none(), Locale.JAPANESE);
        assertThat(graph.nodes()).hasSize(LedgerGraphBuilder.MAX_NODES);
    }

    private static AssetManagement ledgerOf(int systems) {
        AssetManagement assets = mock(AssetManagement.class);
        List<SystemSummary> all = LongStream.rangeClosed(1, systems).mapToObj(DiagramSizeLimitTest::system).toList();
        when(assets.systems(any(), any())).thenAnswer(call -> new PageImpl<>(all, call.getArgument(1, Pageable.class), all.size()));
        when(assets.connections(any(), any())).thenAnswer(call ->
                new PageImpl<ConnectionSummary>(List.of(), call.getArgument(1, Pageable.class), 0));
        when(assets.allZones()).thenReturn(List.of());
        when(assets.dataOf(any())).thenReturn(List.of());
        return assets;
    }

    private static SystemSummary system(long id) {
        return new SystemSummary(new SystemId(id), "SYS-" + id, "システム" + id, null, SystemKind.IN_HOUSE,
                new LegalEntityId(1), new DepartmentId(1), null, LifecycleStatus.IN_SERVICE, Importance.MEDIUM,
                Rating.MEDIUM, Rating.MEDIUM, Rating.MEDIUM, null, false, Environment.PRODUCTION, null, null, null,
                null, null, null, 0);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }
}
