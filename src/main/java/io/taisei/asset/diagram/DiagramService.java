package io.taisei.asset.diagram;

import io.taisei.asset.Importance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Diagrams for the pages and the API: read the ledgers, lay the graph out once, render it as SVG or PNG. */
@Service
public class DiagramService {

    private final LedgerGraphBuilder builder;
    private final ElkLayouter layouter;
    private final SvgRenderer svg;
    private final PngRenderer png;
    private final MessageSource messages;

    DiagramService(LedgerGraphBuilder builder, ElkLayouter layouter, SvgRenderer svg, PngRenderer png,
                   MessageSource messages) {
        this.builder = builder;
        this.layouter = layouter;
        this.svg = svg;
        this.png = png;
        this.messages = messages;
    }

    /** A laid-out diagram, ready to render in either format. */
    public record Drawing(DiagramType type, DiagramGraph graph, DiagramLayout layout, String title, Legend legend) {
    }

    /**
     * @throws io.taisei.platform.RuleViolationException if the filters leave more nodes than a diagram can show
     * @throws io.taisei.platform.RecordNotFoundException if the filter names an unknown system or zone
     */
    @Transactional(readOnly = true) // one consistent reading of the ledgers
    public Drawing draw(DiagramType type, DiagramFilter filter, Locale locale) {
        DiagramGraph graph = builder.build(type, filter, locale);
        return new Drawing(type, graph, layouter.layout(graph), title(type, locale), legend(type, locale));
    }

    public String svg(Drawing drawing) {
        return svg.render(drawing.layout(), drawing.title(), drawing.legend());
    }

    public byte[] png(Drawing drawing) {
        return png.render(drawing.layout(), drawing.title(), drawing.legend());
    }

    private String title(DiagramType type, Locale locale) {
        return messages.getMessage("diagram.type." + type.slug(), null, locale);
    }

    private Legend legend(DiagramType type, Locale locale) {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Importance importance : Importance.values()) {
            entries.add(new Legend.Entry(Swatch.of(importance), messages.getMessage("diagram.legend.importance",
                    new Object[]{messages.getMessage("asset.importance." + importance, null, locale)}, locale)));
        }
        entries.add(new Legend.Entry(Swatch.EXTERNAL_SERVICE, messages.getMessage("diagram.legend.externalService", null, locale)));
        entries.add(new Legend.Entry(Swatch.OUTSIDE_PARTY, messages.getMessage("diagram.legend.outsideParty", null, locale)));
        if (type == DiagramType.NETWORK) {
            entries.add(new Legend.Entry(Swatch.ZONE, messages.getMessage("diagram.legend.zone", null, locale)));
        }
        return new Legend(entries);
    }
}
