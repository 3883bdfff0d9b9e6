package press.aurora.translate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.markdown.I18nDirectives.Directive;
import press.aurora.model.Article;
import press.aurora.model.Block;
import press.aurora.model.InlineText;
import press.aurora.model.Note;

/**
 * Splits the document model into the messages translators see, in reading order: front-matter title,
 * kicker and standfirst, then every heading, paragraph, list-item and block-quote paragraph, table cell,
 * then the footnotes. It walks the model that is printed, never the Markdown text again, so what is
 * extracted and what is printed cannot drift apart. Thematic breaks carry no text; the author is a name
 * and is not translated.
 *
 * <p>Directives ({@link I18nDirectives}) apply to the next block that starts after them: {@code skip} drops
 * every message of that block (a list, a table, a quote as a whole), {@code comment} is shown with its first
 * message; {@code skip-start}/{@code skip-end} drop every message that starts between them.
 *
 * <p>msgctxt is set only where the same text has two kinds of role in one file (a title equal to a heading):
 * each such message gets its kind as context. Equal texts of the same kind are one entry with two references.
 */
public final class MessageExtractor {

    private final List<Message> messages = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();

    private MessageExtractor() {
    }

    /** The messages of an article, directives applied, in reading order. */
    public static List<Message> extract(Article article, I18nDirectives directives) {
        MessageExtractor extractor = new MessageExtractor();
        extractor.article(article);
        return withContexts(extractor.apply(directives));
    }

    /** The interface strings as messages: msgid the English pattern, the key as comment (and as msgctxt when two keys share a pattern). */
    public static List<Message> extract(InterfaceStrings source) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        source.patterns().values().forEach(p -> uses.merge(p, 1, Integer::sum));
        List<Message> out = new ArrayList<>();
        List<String> keys = source.patterns().keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> source.position(k) == null ? 0 : source.position(k).line())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String key : keys) {
            String pattern = source.patterns().get(key);
            if (pattern.isEmpty()) {
                continue;
            }
            out.add(new Message(uses.get(pattern) > 1 ? key : null, pattern, TextKind.INTERFACE_STRING, key, List.of(),
                    source.position(key), Set.of(Message.ICU_MESSAGE_FORMAT)));
        }
        return out;
    }

    private void article(Article article) {
        text(article.title(), TextKind.TITLE, TextKind.TITLE.label());
        article.kicker().ifPresent(t -> text(t, TextKind.KICKER, TextKind.KICKER.label()));
        article.standfirst().ifPresent(t -> text(t, TextKind.STANDFIRST, TextKind.STANDFIRST.label()));
        blocks(article.body(), null, "");
        for (Note note : article.notes()) {
            int from = messages.size();
            blocks(note.blocks(), TextKind.FOOTNOTE, TextKind.FOOTNOTE.label() + " [^" + note.label() + "]");
            spans.add(new Span(note.position(), from, messages.size()));
        }
    }

    /**
     * @param kind the kind of the paragraphs directly in these blocks; null at the top of the body
     * @param role the role of those paragraphs
     */
    private void blocks(List<Block> blocks, TextKind kind, String role) {
        for (Block block : blocks) {
            int from = messages.size();
            block(block, kind, role);
            spans.add(new Span(block.position(), from, messages.size()));
        }
    }

    private void block(Block block, TextKind kind, String role) {
        if (block instanceof Block.Heading heading) {
            text(heading.text(), TextKind.HEADING, TextKind.HEADING.label() + " " + heading.level());
        } else if (block instanceof Block.Paragraph paragraph) {
            text(paragraph.text(), kind == null ? TextKind.PARAGRAPH : kind, kind == null ? TextKind.PARAGRAPH.label() : role);
        } else if (block instanceof Block.BlockQuote quote) {
            blocks(quote.blocks(), TextKind.BLOCK_QUOTE, nested(role, TextKind.BLOCK_QUOTE.label()));
        } else if (block instanceof Block.ListBlock list) {
            int number = 1;
            for (Block.ListItem item : list.items()) {
                blocks(item.blocks(), TextKind.LIST_ITEM, nested(role, TextKind.LIST_ITEM.label() + " " + number++));
            }
        } else if (block instanceof Block.Table table) {
            for (int r = 0; r < table.rows().size(); r++) {
                List<InlineText> cells = table.rows().get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    text(cells.get(c), TextKind.TABLE_CELL, nested(role, TextKind.TABLE_CELL.label() + " r" + (r + 1) + "c" + (c + 1)));
                }
            }
        } else if (block instanceof Block.PullQuote pull) {
            text(pull.text(), TextKind.PULL_QUOTE, nested(role, TextKind.PULL_QUOTE.label()));
        } else if (block instanceof Block.Sidebar sidebar) {
            sidebar.title().ifPresent(title -> text(title, TextKind.SIDEBAR_TITLE, nested(role, TextKind.SIDEBAR_TITLE.label())));
            blocks(sidebar.blocks(), TextKind.SIDEBAR, nested(role, TextKind.SIDEBAR.label()));
        } else if (block instanceof Block.Figure figure) {
            text(figure.alt(), TextKind.IMAGE_ALT, nested(role, TextKind.IMAGE_ALT.label()));
            figure.caption().ifPresent(caption -> text(caption, TextKind.IMAGE_CAPTION, nested(role, TextKind.IMAGE_CAPTION.label())));
            figure.credit().ifPresent(credit -> text(credit, TextKind.IMAGE_CREDIT, nested(role, TextKind.IMAGE_CREDIT.label())));
        }
    }

    private static String nested(String outer, String inner) {
        return outer.isEmpty() ? inner : outer + " > " + inner;
    }

    private void text(InlineText text, TextKind kind, String role) {
        if (!text.markdown().isBlank()) {
            messages.add(new Message(null, text.markdown(), kind, role, List.of(), text.position(), Set.of(Message.MARKDOWN_TEXT)));
        }
    }

    /** Drops skipped messages and adds comments. */
    private List<Message> apply(I18nDirectives directives) {
        Set<Integer> skipped = new HashSet<>();
        Map<Integer, List<String>> comments = new LinkedHashMap<>();
        int skipFrom = -1;
        for (Directive directive : directives.directives()) {
            switch (directive.kind()) {
                case SKIP -> next(directive).ifPresent(span -> {
                    for (int i = span.from; i < span.to; i++) {
                        skipped.add(i);
                    }
                });
                case COMMENT -> next(directive).filter(span -> span.to > span.from)
                        .ifPresent(span -> comments.computeIfAbsent(span.from, i -> new ArrayList<>()).add(directive.text()));
                case SKIP_START -> skipFrom = directive.endLine();
                case SKIP_END -> {
                    if (skipFrom >= 0) {
                        skipBetween(skipFrom, directive.line(), skipped);
                    }
                    skipFrom = -1;
                }
            }
        }
        if (skipFrom >= 0) {
            skipBetween(skipFrom, Integer.MAX_VALUE, skipped);
        }
        List<Message> kept = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (!skipped.contains(i)) {
                Message m = messages.get(i);
                List<String> extra = comments.getOrDefault(i, List.of());
                kept.add(extra.isEmpty() ? m : new Message(m.msgctxt(), m.msgid(), m.kind(), m.role(), extra, m.position(), m.flags()));
            }
        }
        return kept;
    }

    private void skipBetween(int afterLine, int beforeLine, Set<Integer> skipped) {
        for (int i = 0; i < messages.size(); i++) {
            int line = messages.get(i).position().line();
            if (line > afterLine && line < beforeLine) {
                skipped.add(i);
            }
        }
    }

    /** The outermost block that starts first after the directive. */
    private java.util.Optional<Span> next(Directive directive) {
        return spans.stream().filter(s -> s.position.line() > directive.endLine())
                .min(Comparator.comparingInt((Span s) -> s.position.line()).thenComparingInt(s -> s.position.column())
                        .thenComparingInt(s -> -(s.to - s.from)));
    }

    private static List<Message> withContexts(List<Message> messages) {
        Map<String, Set<TextKind>> kinds = new LinkedHashMap<>();
        for (Message m : messages) {
            kinds.computeIfAbsent(m.msgid(), k -> new HashSet<>()).add(m.kind());
        }
        return messages.stream().map(m -> kinds.get(m.msgid()).size() > 1 ? m.withMsgctxt(m.kind().context()) : m).toList();
    }

    /** A block and the messages it holds, [from, to) in extraction order. */
    private record Span(SourcePosition position, int from, int to) {
    }
}
