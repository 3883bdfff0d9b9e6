package press.aurora.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import press.aurora.translate.Catalog;

/**
 * A text without a '|' cannot hold a table: it is parsed without the tables extension (which compiles a pattern
 * for every text), and the tree must be the one the whole setup gives.
 */
class MarkdownDialectTest {

    private static final Parser EVERYTHING = MarkdownDialect.parser(true);

    /** Texts near what the shortcut leaves out, or near other blocks: each must parse as the whole setup parses it. */
    private static final List<String> TRICKY = List.of(
            "Plain sentence, with a comma -- and a dash... then “quotes” and 'single' ones.",
            "Emphasis *here*, **strong**, `code`, [a link](notes.md) and a note[^1].\n\n[^1]: note",
            "Title\n=====", "Title\n-----", "Title\n---", "Title\n- item", "Title\r===", "Title\r\n---",
            "---", "***", "- item", "1. item", "2) item", "> quoted\n> ---", "> quoted\n> ===",
            "# Heading", "Text with a # in the middle", "###### six", "Line one  \nline two = three",
            "a | b\n--- | ---\n1 | 2", "| a |\n|---|\n| 1 |", "a | b", "pipe | only on one line",
            "x = y - z, on one line", "[^a-1] label with a dash\n\n[^a-1]: note", "+ item\n+ another",
            "    indented code", "<div>html</div>", "Text\n\nMore text", "Hard\\\nbreak", "Setext ==\nnot underline");

    @Test
    void theShortcutGivesTheTreeOfTheWholeSetup() {
        for (String text : TRICKY) {
            assertThat(tree(MarkdownDialect.get().parse(text))).as(text).isEqualTo(tree(EVERYTHING.parse(text)));
        }
        assertThat(TRICKY).filteredOn(t -> t.indexOf('|') < 0).hasSizeGreaterThan(20);
        assertThat(tree(MarkdownDialect.get().parse("a | b\n--- | ---\n1 | 2"))).contains("TableBlock");
    }

    @Test
    void everyParagraphAndTranslationOfTheRepositoryParsesAsWithTheWholeSetup() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("issues"), Path.of("translations"), Path.of("src", "test", "resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                    String content = Files.readString(file);
                    texts.add(content);
                    texts.addAll(List.of(content.split("\n\\s*\n")));
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
        assertThat(texts).hasSizeGreaterThan(900);
        for (String text : texts) {
            assertThat(tree(MarkdownDialect.get().parse(text))).as(text).isEqualTo(tree(EVERYTHING.parse(text)));
        }
    }

    /** Every node's class and source range, indented by depth. */
    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                .append(node.getStartOffset()).append('-').append(node.getEndOffset()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
