package io.taisei.asset.diagram;

import java.util.ArrayList;
import java.util.List;

/** The legend drawn above a diagram: what the colours and shapes mean, wrapped into rows to the drawing's width. */
public record Legend(List<Entry> entries) {

    static final double ROW_HEIGHT = 22;
    static final double SWATCH = 14;
    static final double MARGIN = 12;

    public Legend {
        entries = List.copyOf(entries);
    }

    public record Entry(Swatch swatch, String label) {
    }

    record Placed(Entry entry, double x, double y) {
    }

    /** Entries placed left to right, wrapping at {@code width}; y is the top of the row. */
    List<Placed> place(double width) {
        List<Placed> placed = new ArrayList<>();
        double x = MARGIN;
        double y = MARGIN;
        for (Entry entry : entries) {
            double w = SWATCH + 6 + TextMetrics.width(entry.label(), TextMetrics.TEXT_SIZE, false) + 18;
            if (x > MARGIN && x + w > width - MARGIN) {
                x = MARGIN;
                y += ROW_HEIGHT;
            }
            placed.add(new Placed(entry, x, y));
            x += w;
        }
        return placed;
    }

    double height(double width) {
        List<Placed> placed = place(width);
        return placed.isEmpty() ? 0 : placed.get(placed.size() - 1).y() + ROW_HEIGHT + MARGIN / 2;
    }
}
