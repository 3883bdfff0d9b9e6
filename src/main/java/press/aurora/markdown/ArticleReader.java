package press.aurora.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import press.aurora.config.ArticleRef;
import press.aurora.config.YamlMap;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;
import press.aurora.image.ImageLocator;
import press.aurora.model.Article;
import press.aurora.model.InlineText;
import press.aurora.model.Note;

/** Reads one article's Markdown file into the model. */
public final class ArticleReader {

    private ArticleReader() {
    }

    /** Reads an article on its own: its images may be anywhere in the article's folder. */
    public static Article read(ArticleRef ref) {
        return read(ref, ref.file().toAbsolutePath().normalize().getParent(), warning -> { });
    }

    /** Reads an article of an issue: its images must be inside {@code issueFolder}. */
    public static Article read(ArticleRef ref, Path issueFolder) {
        return read(ref, issueFolder, warning -> { });
    }

    /**
     * Reads an article of an issue: its images must be inside {@code issueFolder}; {@code warnings} hears what
     * is printed differently from how it is written (e.g. flattened nesting).
     */
    public static Article read(ArticleRef ref, Path issueFolder, java.util.function.Consumer<press.aurora.diag.Diagnostic> warnings) {
        Path file = ref.file();
        Document document = MarkdownDialect.get().parse(SourceText.read(file, warnings));
        YamlMap frontMatter = FrontMatter.read(file, document);
        Map<String, FootnoteBlock> definitions = definitions(document);
        Set<String> labels = definitions.keySet();
        BlockConverter blocks = new BlockConverter(file, labels, new ImageLocator(issueFolder), warnings);
        List<String> order = referenceOrder(file, document, labels);
        List<Note> notes = new ArrayList<>();
        for (String label : order) {
            FootnoteBlock definition = definitions.get(label);
            notes.add(new Note(label, notes.size() + 1, blocks.noteBlocks(definition), Positions.of(file, definition, 0)));
        }
        for (Map.Entry<String, FootnoteBlock> unused : definitions.entrySet()) {
            if (!order.contains(unused.getKey())) {
                throw ContentException.at(Positions.of(file, unused.getValue(), 0), "unused-note",
                        "note [^" + unused.getKey() + "] is never referenced: add [^" + unused.getKey() + "] to the text or remove the note");
            }
        }
        List<press.aurora.model.Block> body = blocks.convertAll(document.getFirstChild());
        if (body.isEmpty()) {
            warnings.accept(press.aurora.diag.Diagnostic.warning("empty-article", frontMatter.position(), "the article has no text "
                    + "under its front matter, so only its headline is printed: write its text, or take it out of issue.yaml"));
        }
        requireOneColumnWhenNested(body, false);
        notes.forEach(note -> requireOneColumnWhenNested(note.blocks(), true));
        return new Article(ref.id(), ref.role(), file,
                field(frontMatter, "title", labels).orElseThrow(() -> ContentException.at(frontMatter.position(),
                        "front-matter", "missing key 'title' in the front matter")),
                field(frontMatter, "kicker", labels), field(frontMatter, "standfirst", labels),
                Optional.ofNullable(frontMatter.string("author", null)),
                body, notes);
    }

    /** Only a figure of the body itself can span columns; inside a quote, list, sidebar or note it is one column wide. */
    private static void requireOneColumnWhenNested(List<press.aurora.model.Block> blocks, boolean nested) {
        for (press.aurora.model.Block block : blocks) {
            if (block instanceof press.aurora.model.Block.Figure figure && nested && figure.width().spans()) {
                throw ContentException.at(figure.position(), "figure", "a figure inside a quote, list, sidebar or note is "
                        + "one column wide: remove {width=" + figure.width() + "} or move the figure out");
            } else if (block instanceof press.aurora.model.Block.BlockQuote quote) {
                requireOneColumnWhenNested(quote.blocks(), true);
            } else if (block instanceof press.aurora.model.Block.Sidebar sidebar) {
                requireOneColumnWhenNested(sidebar.blocks(), true);
            } else if (block instanceof press.aurora.model.Block.ListBlock list) {
                list.items().forEach(item -> requireOneColumnWhenNested(item.blocks(), true));
            }
        }
    }

    private static Optional<InlineText> field(YamlMap frontMatter, String key, Set<String> labels) {
        if (!frontMatter.has(key)) {
            return Optional.empty();
        }
        SourcePosition position = frontMatter.position(key);
        String value = frontMatter.string(key);
        if (value.isBlank()) {
            throw ContentException.at(position, "front-matter", "'" + key + "' is empty");
        }
        return Optional.of(InlineMarkdown.parse(value, position, labels));
    }

    private static Map<String, FootnoteBlock> definitions(Document document) {
        Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock definition) {
                definitions.put(definition.getText().toString(), definition);
            }
        }
        return definitions;
    }

    /** Labels in order of their first reference; a reference without a definition is an error. */
    private static List<String> referenceOrder(Path file, Document document, Set<String> labels) {
        List<String> order = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote reference) {
                String label = reference.getText().toString();
                if (!labels.contains(label)) {
                    throw ContentException.at(Positions.of(file, node, 0), "missing-note",
                            "note [^" + label + "] is referenced but never defined: add a line '[^" + label + "]: text'");
                }
                if (!order.contains(label)) {
                    order.add(label);
                }
            }
        }
        return order;
    }

    /** The article's text, checked for characters that cannot be printed (see {@link SourceText}). */
    static String readText(Path file) {
        return SourceText.read(file, warning -> { });
    }
}
