package press.aurora.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.aurora.diag.ContentException;
import press.aurora.model.Inline;
import press.aurora.model.Inlines;

/**
 * Converts Flexmark inline nodes to the model's inlines; anything it cannot print is an error, never dropped.
 * Inline HTML that pasted text brings is read as what it stands for ({@link HtmlTag}): {@code <br>} a line break,
 * {@code <em>}/{@code <i>}, {@code <strong>}/{@code <b>}, {@code <sup>}, {@code <sub>} their formatting, comments
 * nothing; Flexmark gives an opening and a closing tag as two siblings, which are paired here.
 */
final class InlineConverter {

    private final Path file;
    private final int lineOffset;

    InlineConverter(Path file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    List<Inline> convert(Node parent) {
        return QuotePairing.pair(children(parent));
    }

    private List<Inline> children(Node parent) {
        return siblings(parent.getFirstChild(), null);
    }

    /** The inlines of the siblings from {@code first} up to {@code end} (not included; null: to the last). */
    private List<Inline> siblings(Node first, Node end) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node = first; node != end; node = node.getNext()) {
            if (node instanceof LinkRef ref && !ref.isDefined()) {
                inlines.addAll(asWritten(ref));
                continue;
            }
            if (node instanceof HtmlInline html) {
                HtmlTag tag = tag(html);
                if (tag.isLineBreak()) {
                    inlines.add(new Inline.LineBreak());
                    continue;
                }
                Node closing = closing(html, tag);
                inlines.add(formatted(tag, siblings(html.getNext(), closing)));
                node = closing;
                continue;
            }
            Inline inline = convertNode(node);
            if (inline != null) {
                inlines.add(inline);
            }
        }
        return Inlines.mergeTexts(inlines);
    }

    /** The tag of an inline HTML node, when it is one the layout prints; an error where it stands otherwise. */
    private HtmlTag tag(HtmlInline html) {
        HtmlTag tag = HtmlTag.parse(html.getChars().toString());
        if (tag == null || !(tag.isLineBreak() || tag.isFormatting())) {
            throw ContentException.at(Positions.of(file, html, lineOffset), "html",
                    "cannot print the HTML '" + html.getChars() + "': write it in Markdown or remove it (the HTML tags printed are "
                            + HtmlTag.PRINTED + ")");
        }
        if (tag.closing()) {
            throw ContentException.at(Positions.of(file, html, lineOffset), "html",
                    "'" + tag.written() + "' closes no " + tag.opening() + " before it: add " + tag.opening() + " where the text starts, or remove it");
        }
        return tag;
    }

    /** The sibling that closes {@code opening}, the same tag nested inside counted; an error when there is none. */
    private Node closing(HtmlInline opening, HtmlTag tag) {
        int open = 1;
        for (Node node = opening.getNext(); node != null; node = node.getNext()) {
            HtmlTag other = node instanceof HtmlInline html ? HtmlTag.parse(html.getChars().toString()) : null;
            if (other != null && other.name().equals(tag.name())) {
                open += other.closing() ? -1 : 1;
                if (open == 0) {
                    return node;
                }
            }
        }
        throw ContentException.at(Positions.of(file, opening, lineOffset), "html", "'" + tag.written() + "' is not closed: add "
                + tag.closingTag() + " where its text ends (in the same paragraph, and inside the same emphasis or link)");
    }

    private static Inline formatted(HtmlTag tag, List<Inline> children) {
        return switch (tag.name()) {
            case "em", "i" -> new Inline.Emphasis(children);
            case "strong", "b" -> new Inline.Strong(children);
            case "sup" -> new Inline.Shifted(Inline.Shift.SUPERSCRIPT, children);
            case "sub" -> new Inline.Shifted(Inline.Shift.SUBSCRIPT, children);
            default -> throw new IllegalArgumentException(tag.name());
        };
    }

    private Inline convertNode(Node node) {
        if (node instanceof Text || node instanceof TextBase) {
            return new Inline.Text(node.getChars().unescape());
        } else if (node instanceof SoftLineBreak) {
            return new Inline.Text(" ");
        } else if (node instanceof HardLineBreak) {
            return new Inline.LineBreak();
        } else if (node instanceof StrongEmphasis) {
            return new Inline.Strong(children(node));
        } else if (node instanceof Emphasis) {
            return new Inline.Emphasis(children(node));
        } else if (node instanceof Code code) {
            return new Inline.Code(code.getText().toString());
        } else if (node instanceof Link link) {
            return new Inline.Link(link.getUrl().unescape(), children(node));
        } else if (node instanceof AutoLink link) {
            return new Inline.Link(link.getUrl().unescape(), List.of(new Inline.Text(link.getText().unescape())));
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().unescape();
            return new Inline.Link("mailto:" + address, List.of(new Inline.Text(address)));
        } else if (node instanceof Footnote footnote) {
            return new Inline.NoteRef(footnote.getText().toString());
        } else if (node instanceof TypographicQuotes quotes) {
            return quoted(quotes);
        } else if (node instanceof TypographicSmarts smarts) {
            return new Inline.Text(Html5Entities.entityToString(smarts.getTypographicText()));
        } else if (node instanceof HtmlEntity entity) {
            return new Inline.Text(Html5Entities.entityToString(entity.getChars().toString()));
        } else if (node instanceof HtmlInlineComment) {
            return null;
        } else if (node instanceof LinkRef) {
            throw ContentException.at(Positions.of(file, node, lineOffset), "unsupported-markdown",
                    "cannot print the reference link '" + node.getChars() + "': write it as an inline link, [text](address)");
        }
        throw ContentException.at(Positions.of(file, node, lineOffset), "unsupported-markdown",
                "cannot print " + describe(node) + " '" + node.getChars() + "': remove it or write it as text");
    }

    /**
     * Brackets that name no link definition, as in "[sic]", "[…]" or "[the party]": text as it was typed, as
     * CommonMark prints them, with what is inside them read as Markdown.
     */
    private List<Inline> asWritten(LinkRef ref) {
        Node first = ref.getFirstChild();
        if (first == null) {
            return List.of(new Inline.Text(ref.getChars().unescape()));
        }
        List<Inline> inlines = new ArrayList<>();
        inlines.add(new Inline.Text(ref.getChars().baseSubSequence(ref.getStartOffset(), first.getStartOffset()).unescape()));
        inlines.addAll(children(ref));
        inlines.add(new Inline.Text(ref.getChars().baseSubSequence(ref.getLastChild().getEndOffset(), ref.getEndOffset()).unescape()));
        return inlines;
    }

    /** Straight quotes typed in the source ("…", '…') are quotations like curly ones. */
    private Inline quoted(TypographicQuotes quotes) {
        return new Inline.Quoted(children(quotes));
    }

    static String describe(Node node) {
        return node.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
