package press.aurora.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.model.Inline;
import press.aurora.model.InlineText;
import press.aurora.translate.Catalog;

/**
 * A text {@link SimpleInline} reads skips Flexmark: it must be exactly what Flexmark makes of it, for texts built
 * from the characters nearest to Markdown's rules, for texts with emphasis marks anywhere, and for every text of the
 * repository.
 */
class SimpleInlineTest {

    private static final SourcePosition WHERE = SourcePosition.of(Path.of("test.po"), 3);

    /** Prose: what plain texts are made of. */
    private static final List<String> PROSE = List.of("word", "Words", "élan", "Ж", "中文", "عربي", "ß", "e\u0301", "1917",
            "٣", "\uD835\uDFCE", " ", " ", " ", "  ", "\u00A0", "\u202F", "\u2009", ",", ";", ":", "?", "!", ".", "(", ")",
            "%", "/", "-", "+", "=", "@", "#", "$", "“", "”", "‘", "’", "«", "»", "–", "—", "…");
    /** Every character, or run of them, that some rule of the dialect reads, and other characters near them. */
    private static final List<String> MARKUP = List.of("*", "*", "**", "_", "__", "`", "[", "]", "[^1]", "(x)", "![a](b)",
            "<", ">", "<<", ">>", "&", "&amp;", "&#42;", "\\", "\\*", "'", "'", "\"", "\"", "~", "~~", "|", "^", "{", "}",
            "\n", "\r", "\t", "\u2003", "\u0007", "\u00AD", "\u200D", "😀", "1. ", "- ", "> ", "# ", "=", "\n===",
            "\n---", "http://example.org", "<a@b.org>", "...", "..", ". . .", ". .", "--", "---");

    @Test
    void plainTextsParseAsFlexmarkParsesThem() {
        Random random = new Random(20261203);
        int plain = 0;
        for (int n = 0; n < 4000; n++) {
            List<String> pieces = new ArrayList<>();
            for (int count = 1 + random.nextInt(16); count > 0; count--) {
                pieces.add(PROSE.get(random.nextInt(PROSE.size())));
            }
            // Markup is inserted in pairs as well as alone, so that a pair such as *…* can form.
            String markup = MARKUP.get(random.nextInt(MARKUP.size()));
            for (int count = random.nextInt(4); count > 0; count--) {
                pieces.add(random.nextInt(pieces.size() + 1), markup);
            }
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "Word" : "");
            pieces.forEach(text::append);
            Set<String> labels = random.nextInt(4) == 0 ? Set.of("1") : Set.of();
            if (simple(text.toString().strip())) {
                plain++;
            }
            assertSameAsFlexmark(text.toString(), labels);
        }
        assertThat(plain).as("generated texts read without Flexmark").isGreaterThan(600);
    }

    @Test
    void emphasisMarksAnywhereParseAsFlexmarkParsesThem() {
        Random random = new Random(1871);
        List<String> near = List.of(" *word* ", "*Word*", " *a b*", "*Ж*", "(*x*)", "*a*.", "*", " *", "* ", "(*", "*)", "*.",
                "*,", "**");
        int emphasis = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "Word" : "");
            for (int count = 1 + random.nextInt(12); count > 0; count--) {
                List<String> from = random.nextInt(4) == 0 ? near : PROSE;
                text.append(from.get(random.nextInt(from.size())));
            }
            List<Inline> read = SimpleInline.read(text.toString().strip());
            if (read != null && read.stream().anyMatch(Inline.Emphasis.class::isInstance)) {
                emphasis++;
            }
            assertSameAsFlexmark(text.toString(), Set.of());
        }
        assertThat(emphasis).as("generated texts with emphasis read without Flexmark").isGreaterThan(100);
    }

    @Test
    void everyTextOfTheRepositoryParsesAsWithFlexmark() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("issues"), Path.of("translations"), Path.of("src", "test", "resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    texts.addAll(List.of(Files.readString(file).split("\n")));
                }
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".po")).toList()) {
                    Catalog.read(file).ifPresent(catalog -> catalog.po().entries().forEach(entry -> {
                        texts.add(entry.msgid());
                        texts.addAll(entry.msgstr());
                    }));
                }
            }
        }
        assertThat(texts.stream().filter(t -> simple(t.strip()))).hasSizeGreaterThan(100);
        for (String text : texts) {
            assertSameAsFlexmark(text, Set.of());
        }
    }

    @Test
    void takesProseAndLeavesMarkupToFlexmark() {
        assertThat(simple("L’assemblée vote, à 1917 voix contre 3 : « non » — enfin…")).isTrue();
        assertThat(SimpleInline.read("*Bread* and (*peace*), at *once*.")).containsExactly(
                new Inline.Emphasis(List.of(new Inline.Text("Bread"))), new Inline.Text(" and ("),
                new Inline.Emphasis(List.of(new Inline.Text("peace"))), new Inline.Text("), at "),
                new Inline.Emphasis(List.of(new Inline.Text("once"))), new Inline.Text("."));
        assertThat(simple("Plain words end with a no-break space\u00A0")).isFalse();
        for (String markup : List.of("A dash -- here", "Wait...", "Wait. . .", "It's", "Say \"so\"",
                "A [link](x)", "**Strong**", "Not * emphasis", "*Not closed", "Half*way*", "*a*b", "A note[^1]", "A & B", "a <b>", "Line\nbreak", "Tab\there", "Back\\slash", "1917 began",
                "- item", "# Heading", "a | b", "")) {
            assertThat(simple(markup)).as(markup).isFalse();
        }
    }

    private static boolean simple(String line) {
        return SimpleInline.read(line) != null;
    }

    /** The shortcut's result, or problem, is Flexmark's. */
    private static void assertSameAsFlexmark(String text, Set<String> labels) {
        assertThat(outcome(() -> InlineMarkdown.parse(text, WHERE, labels))).as(text)
                .isEqualTo(outcome(() -> InlineMarkdown.parseWithFlexmark(text, WHERE, labels)));
    }

    private static Object outcome(java.util.function.Supplier<InlineText> parse) {
        try {
            return parse.get();
        } catch (ContentException e) {
            return e.diagnostic();
        }
    }
}
