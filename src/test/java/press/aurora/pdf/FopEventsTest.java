package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.apache.fop.events.Event;
import org.apache.fop.events.model.EventSeverity;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.LocatorImpl;
import press.aurora.diag.Diagnostic;

/** FOP's events as the editor reads them: located where the FO block came from, never with FOP's -1:-1. */
class FopEventsTest {

    private static final String LINE_OVERFLOWS = "org.apache.fop.layoutmgr.inline.InlineLevelEventProducer.lineOverflows";

    private final FopEvents events = new FopEvents(codePoint -> Optional.empty());

    private static LocatorImpl at(String file, int line, int column) {
        LocatorImpl locator = new LocatorImpl();
        locator.setSystemId(file);
        locator.setLineNumber(line);
        locator.setColumnNumber(column);
        return locator;
    }

    private static LocatorImpl nowhere() {
        return at(null, -1, -1);
    }

    private void overflow(LocatorImpl where, int line, int millipoints) {
        events.processEvent(new Event(this, LINE_OVERFLOWS, EventSeverity.WARN, Map.of("elementName", "fo:block",
                "line", line, "overflowLength", millipoints, "loc", where)));
    }

    @Test
    void linesWiderThanTheColumnAreOneWarningPerBlockAtItsSourceLine() {
        overflow(at("issues/x/a.md", 12, 1), 1, 2000);
        overflow(at("issues/x/a.md", 12, 1), 3, 11000);
        overflow(at("issues/x/b.md", 4, 1), 1, 500);
        assertThat(events.overflows()).extracting(Diagnostic::toString).containsExactly(
                "issues/x/a.md:12:1: warning: 2 lines are wider than the column (by up to 3.9 mm): a word too long to break,"
                        + " such as a URL or a long number; shorten it, or give it break points (a soft hyphen U+00AD or a"
                        + " zero-width space U+200B) [too-wide]",
                "issues/x/b.md:4:1: warning: a line is wider than the column (by up to 0.2 mm): a word too long to break,"
                        + " such as a URL or a long number; shorten it, or give it break points (a soft hyphen U+00AD or a"
                        + " zero-width space U+200B) [too-wide]");
        assertThat(events.problems()).isEmpty();
    }

    @Test
    void theCellsOfATableRowTooWideForItsColumnAreOneWarningAtTheRowsLine() {
        for (int column : new int[] {3, 14, 21, 28, 35}) {
            overflow(at("issues/x/quote.md", 9, column), 1, 1000 * column);
        }
        assertThat(events.overflows()).singleElement().asString()
                .startsWith("issues/x/quote.md:9:3: warning: 5 lines are wider than the column (by up to 12.3 mm)");
    }

    @Test
    void aLineOverByLessThanATenthOfAMillimetreIsNotReported() {
        overflow(at("issues/x/quotes.md", 19, 1), 1, 12);
        overflow(at("issues/x/quotes.md", 19, 1), 2, FopEvents.NEGLIGIBLE_MPT - 1);
        assertThat(events.overflows()).isEmpty();
        overflow(at("issues/x/quotes.md", 19, 1), 3, FopEvents.NEGLIGIBLE_MPT);
        assertThat(events.overflows()).singleElement().asString().contains("quotes.md:19:1: warning: a line is wider than the column (by up to 0.1 mm)");
    }

    @Test
    void anOverflowOutsideTheArticlesSaysItIsInThePageLayout() {
        overflow(nowhere(), 1, 1000);
        assertThat(events.overflows()).singleElement().satisfies(d -> {
            assertThat(d.position()).isNull();
            assertThat(d.message()).contains("in the page layout (masthead, footer or back-page box)");
        });
    }

    @Test
    void otherMessagesAreSummarisedOnceWithoutFopsPosition() {
        for (int i = 0; i < 3; i++) {
            events.processEvent(new Event(this, "org.apache.fop.layoutmgr.BlockLevelEventProducer.rowTooTall", EventSeverity.WARN,
                    Map.of("row", 2, "effCellBPD", 30000, "maxCellBPD", 20000, "loc", nowhere())));
        }
        assertThat(events.warnings()).singleElement().asString()
                .startsWith("FOP reported 3 other layout messages (rowTooTall ×3), first: The contents of table-row 2")
                .doesNotContain("See position").doesNotContain("-1:-1");
        assertThat(events.overflows()).isEmpty();
    }

    @Test
    void aMissingGlyphFailsTheRenderingAtTheLineWhereTheCharacterStands() {
        FopEvents located = new FopEvents(codePoint -> Optional.of(new press.aurora.diag.SourcePosition(
                java.nio.file.Path.of("issues/x/a.md"), 7, 12)));
        located.processEvent(new Event(this, "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable", EventSeverity.WARN,
                Map.of("ch", '\u16A0', "fontName", "NotoSerif-Regular")));
        assertThat(located.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith(
                "issues/x/a.md:7:12: error: character U+16A0 RUNIC LETTER FEHU").contains("NotoSerif-Regular", "styles/fop.xconf")
                .endsWith("[missing-glyph]"));
    }
}
