package io.taisei.asset.diagram;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

/** PNG diagrams draw Japanese names as text even on a server without CJK fonts (the bundled font is used then). */
class PngFontTest {

    @Test
    void theFontOfPngDiagramsCanShowJapaneseNames() {
        assertThat(new Font(PngRenderer.FONT_FAMILY, Font.PLAIN, 12).canDisplayUpTo("勘定系システム・顧客情報")).isEqualTo(-1);
    }
}
