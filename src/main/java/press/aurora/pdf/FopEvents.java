package press.aurora.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.xml.sax.Locator;
import press.aurora.diag.CodePoints;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;

/**
 * Listens to one rendering's FOP events and says what they mean for the editor. A glyph a font does not
 * have, or a font FOP had to substitute, is a problem that fails the edition. Content wider than its column
 * is reported once per block, at the article and line it came from (FOP hands each event the position
 * {@link SourceLocatingHandler} gave the block). Every other message is summarised once per rendering,
 * without FOP's position text, which would only say {@code -1:-1}.
 */
final class FopEvents implements EventListener {

    private static final String FONTS = "org.apache.fop.fonts.FontEventProducer.";
    private static final String GLYPH = FONTS + "glyphNotAvailable";
    private static final Set<String> FATAL = Set.of(GLYPH, FONTS + "fontSubstituted",
            FONTS + "fontLoadingErrorAtAutoDetection");
    private static final String LINE_OVERFLOWS = "org.apache.fop.layoutmgr.inline.InlineLevelEventProducer.lineOverflows";
    /**
     * A line over its column by less than a tenth of a millimetre (FOP's rounding of list indents nested in a quote
     * nested in a list) cannot be seen in the gutter and is not reported: it read "by up to 0.0 mm".
     */
    static final int NEGLIGIBLE_MPT = 283;
    /** Events saying that something is wider than the room it has in its column. */
    private static final Set<String> TOO_WIDE = Set.of(LINE_OVERFLOWS,
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.objectTooWide",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.viewportIPDOverflow",
            "org.apache.fop.layoutmgr.BlockLevelEventProducer.overconstrainedAdjustEndIndent");

    private final GlyphLocator glyphs;
    private final List<RenderProblem> problems = new ArrayList<>();
    private final Map<String, Overflow> overflows = new LinkedHashMap<>();
    private final Map<String, Integer> otherCounts = new TreeMap<>();
    private final Map<String, String> otherExamples = new LinkedHashMap<>();

    FopEvents(GlyphLocator glyphs) {
        this.glyphs = glyphs;
    }

    /** Where a character FOP could not set stands in the source (FOP's event does not say). */
    interface GlyphLocator {
        Optional<SourcePosition> find(int codePoint);
    }

    /** Content too wide for its column, gathered per block. */
    private record Overflow(Optional<SourcePosition> position, String what, int count, int widestMpt) {
        Overflow plus(int mpt) {
            return new Overflow(position, what, count + 1, Math.max(widestMpt, mpt));
        }
    }

    @Override
    public synchronized void processEvent(Event event) {
        String id = event.getEventID();
        Optional<SourcePosition> where = SourceLocatingHandler.position(locator(event));
        if (id.equals(GLYPH)) {
            problems.add(new RenderProblem(id, glyphMessage(event)));
        } else if (FATAL.contains(id)) {
            problems.add(new RenderProblem(id, Diagnostic.error("font", where.orElse(null), plain(event)
                    + " (check the fonts in styles/fop.xconf and the font-family names in styles/broadsheet.xsl)").toString()));
        } else if (TOO_WIDE.contains(id) && !(event.getEventKey().equals("lineOverflows") && amountMpt(event) < NEGLIGIBLE_MPT)) {
            // one warning per source line: a table row's cells each carry their own column
            String key = where.map(p -> p.file() + ":" + p.line()).orElse("layout") + "|" + event.getEventKey();
            int amount = amountMpt(event);
            overflows.merge(key, new Overflow(where, event.getEventKey(), 1, amount),
                    (old, added) -> old.plus(amount));
        } else if (event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
            problems.add(new RenderProblem(id, Diagnostic.error("fop", where.orElse(null), plain(event)).toString()));
        } else if (event.getSeverity() == EventSeverity.WARN) {
            otherCounts.merge(event.getEventKey(), 1, Integer::sum);
            otherExamples.putIfAbsent(event.getEventKey(), prefix(where) + plain(event));
        }
    }

    synchronized List<RenderProblem> problems() {
        return List.copyOf(problems);
    }

    /** Content wider than its column, one warning per block, at its source line when it has one. */
    synchronized List<Diagnostic> overflows() {
        List<Diagnostic> found = new ArrayList<>();
        for (Overflow overflow : overflows.values()) {
            found.add(Diagnostic.warning("too-wide", overflow.position().orElse(null), describe(overflow)));
        }
        return found;
    }

    /** FOP's other messages, summarised in one line, or nothing. */
    synchronized List<String> warnings() {
        if (otherCounts.isEmpty()) {
            return List.of();
        }
        int total = otherCounts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> kinds = new ArrayList<>();
        otherCounts.forEach((key, count) -> kinds.add(key + (count > 1 ? " ×" + count : "")));
        return List.of("FOP reported " + total + " other layout message" + (total == 1 ? "" : "s") + " ("
                + String.join(", ", kinds) + "), first: " + otherExamples.values().iterator().next());
    }

    private static String describe(Overflow overflow) {
        String by = String.format(Locale.ROOT, "%.1f mm", overflow.widestMpt() / 1000.0 * 25.4 / 72);
        String where = overflow.position().isEmpty() ? " in the page layout (masthead, footer or back-page box)" : "";
        if (overflow.what().equals("lineOverflows")) {
            String lines = overflow.count() == 1 ? "a line is" : overflow.count() + " lines are";
            return lines + " wider than the column" + where + " (by up to " + by + "): a word too long to break,"
                    + " such as a URL or a long number; shorten it, or give it break points (a soft hyphen U+00AD"
                    + " or a zero-width space U+200B)";
        }
        return "a table, image or indented block is wider than the column" + where
                + (overflow.widestMpt() > 0 ? " (by " + by + ")" : "") + ": give it fewer or narrower columns, or less indent";
    }

    private String glyphMessage(Event event) {
        Object ch = event.getParam("ch");
        int codePoint = ch instanceof Character c ? c : 0xFFFD;
        String font = String.valueOf(event.getParam("fontName"));
        Optional<SourcePosition> where = glyphs.find(codePoint);
        String shown = CodePoints.printable(codePoint);
        return Diagnostic.error("missing-glyph", where.orElse(null), "character " + CodePoints.describe(codePoint)
                + (shown.isEmpty() ? "" : " \"" + shown + "\"") + " is not in the font " + font + " (found while rendering);"
                + " add a font that has it to styles/fop.xconf, or change the text").toString();
    }

    private static Locator locator(Event event) {
        return event.getParam("loc") instanceof Locator locator ? locator : null;
    }

    private static int amountMpt(Event event) {
        for (String name : List.of("overflowLength", "amount")) {
            if (event.getParam(name) instanceof Number n) {
                return Math.abs(n.intValue());
            }
        }
        if (event.getParam("effIPD") instanceof Number eff && event.getParam("maxIPD") instanceof Number max) {
            return Math.max(0, eff.intValue() - max.intValue());
        }
        return 0;
    }

    private static String prefix(Optional<SourcePosition> where) {
        return where.map(p -> p + ": ").orElse("");
    }

    /** FOP's text of the event without its position clause, which names no file we have. */
    static String plain(Event event) {
        return EventFormatter.format(event)
                .replaceAll("\\s*\\((See position [^)]*|See [^)]*|No context info available)\\)", "")
                .replaceAll("\\s+", " ").strip();
    }
}
