package press.aurora.markdown;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/**
 * The translation directives of an article, written as HTML comments on a block of their own, as in
 * mdbook-i18n-helpers:
 *
 * <ul>
 * <li>{@code <!-- i18n:skip -->}: the next message is not offered for translation (it is printed as written);</li>
 * <li>{@code <!-- i18n:skip-start -->} ... {@code <!-- i18n:skip-end -->}: every message between them;</li>
 * <li>{@code <!-- i18n:comment: text -->}: {@code text} is shown to translators ({@code #.}) with the next message.</li>
 * </ul>
 *
 * <p>Found by a pass over the same Flexmark AST as {@link ArticleReader} reads (the one {@link MarkdownDialect});
 * which message a directive applies to is decided by line, by the extractor, from the model's positions.
 * Other HTML comments are ignored; an unknown {@code i18n:} directive is an error, never silently ignored.
 */
public record I18nDirectives(List<Directive> directives) {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?s)<!--\\s*(?:i18n|mdbook-xgettext)\\s*:\\s*([a-z-]+)\\s*(?::(.*?))?\\s*-->\\s*");

    /** What a directive asks for. */
    public enum Kind { SKIP, SKIP_START, SKIP_END, COMMENT }

    /**
     * One directive.
     *
     * @param line    1-based line where the comment starts
     * @param endLine 1-based line where it ends; the message it applies to starts after this line
     * @param text    the comment text for {@link Kind#COMMENT}, lines joined by one space; empty otherwise
     */
    public record Directive(Kind kind, int line, int endLine, String text) {
    }

    public static final I18nDirectives NONE = new I18nDirectives(List.of());

    public I18nDirectives {
        directives = List.copyOf(directives);
    }

    /** Reads the directives of a Markdown file. */
    public static I18nDirectives read(Path file) {
        String text = ArticleReader.readText(file);
        // Every directive is an HTML comment block, which starts with "<!--": a file without one needs no parse.
        return text.contains("<!--") ? of(file, MarkdownDialect.get().parse(text)) : NONE;
    }

    static I18nDirectives of(Path file, Document document) {
        List<Directive> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlCommentBlock comment) {
                directive(file, comment).ifPresent(found::add);
            }
        }
        return new I18nDirectives(found);
    }

    private static java.util.Optional<Directive> directive(Path file, HtmlCommentBlock comment) {
        Matcher m = DIRECTIVE.matcher(comment.getChars().toString().strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int line = comment.getStartLineNumber() + 1;
        int endLine = comment.getEndLineNumber() + 1;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String text = m.group(2) == null ? "" : m.group(2).strip().replaceAll("\\s+", " ");
        Kind kind = switch (name) {
            case "skip" -> Kind.SKIP;
            case "skip-start" -> Kind.SKIP_START;
            case "skip-end" -> Kind.SKIP_END;
            case "comment" -> Kind.COMMENT;
            default -> throw ContentException.at(new SourcePosition(file, line, 0), "i18n-directive",
                    "unknown translation directive 'i18n:" + name + "' (allowed: skip, skip-start, skip-end, comment)");
        };
        if (kind == Kind.COMMENT && text.isEmpty()) {
            throw ContentException.at(new SourcePosition(file, line, 0), "i18n-directive",
                    "'i18n:comment' needs a text: <!-- i18n:comment: what translators should know -->");
        }
        return java.util.Optional.of(new Directive(kind, line, endLine, text));
    }
}
