package press.aurora.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import press.aurora.model.Article;
import press.aurora.model.Block;
import press.aurora.model.Inline;
import press.aurora.model.InlineText;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.ExpectedText;

/**
 * The messages an edition prints, as the nothing-lost check looks for them: every text of every
 * article in print order ({@link TextMapper#texts}) except the alt texts of figures, which are not
 * printed; each split into runs at its note references (the PDF prints the note's number there)
 * and placed at the line of the source article, with the translation's place as detail.
 */
final class PrintedMessages {

    private PrintedMessages() {
    }

    /**
     * @param source  the issue as read from the articles
     * @param printed the same issue as the edition prints it: translated, with locale typography
     */
    static List<ExpectedText> of(Issue source, Issue printed) {
        List<ExpectedText> messages = new ArrayList<>();
        for (int a = 0; a < printed.articles().size(); a++) {
            Article article = printed.articles().get(a);
            List<InlineText> sourceTexts = TextMapper.texts(source.articles().get(a));
            List<InlineText> texts = TextMapper.texts(article);
            Set<InlineText> unprinted = figureAlts(article.body());
            Set<InlineText> placedApart = placedApart(article.body());
            for (int t = 0; t < texts.size(); t++) {
                InlineText text = texts.get(t);
                if (unprinted.contains(text)) {
                    continue;
                }
                InlineText original = sourceTexts.get(t);
                String detail = original.position().equals(text.position()) ? "" : "translated at " + text.position();
                messages.add(new ExpectedText(article.id(), original.position(), runs(text.inlines()), detail,
                        placedApart.contains(text)));
            }
        }
        return messages;
    }

    /**
     * The texts the stylesheet may set across the page at the top of the article: the caption and credit
     * of a figure that spans columns ({@link press.aurora.model.FigureWidth#spans}), and the cells of the
     * article's own tables (not those inside a quote or sidebar), whose width the stylesheet measures.
     */
    private static Set<InlineText> placedApart(List<Block> body) {
        Set<InlineText> texts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : body) {
            if (block instanceof Block.Figure figure && figure.width().spans()) {
                figure.caption().ifPresent(texts::add);
                figure.credit().ifPresent(texts::add);
            } else if (block instanceof Block.Table table) {
                table.rows().forEach(row -> texts.addAll(row.cells()));
            }
        }
        return texts;
    }

    private static Set<InlineText> figureAlts(List<Block> blocks) {
        Set<InlineText> alts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block block : blocks) {
            if (block instanceof Block.Figure figure) {
                alts.add(figure.alt());
            } else if (block instanceof Block.BlockQuote quote) {
                alts.addAll(figureAlts(quote.blocks()));
            } else if (block instanceof Block.Sidebar sidebar) {
                alts.addAll(figureAlts(sidebar.blocks()));
            } else if (block instanceof Block.ListBlock list) {
                list.items().forEach(item -> alts.addAll(figureAlts(item.blocks())));
            }
        }
        return alts;
    }

    /** The printed text of inline content, split where a note reference stands. */
    static List<String> runs(List<Inline> inlines) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        appendRuns(inlines, run, runs);
        runs.add(run.toString());
        return runs;
    }

    private static void appendRuns(List<Inline> inlines, StringBuilder run, List<String> runs) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                run.append(text.text());
            } else if (inline instanceof Inline.Code code) {
                run.append(code.text());
            } else if (inline instanceof Inline.Emphasis emphasis) {
                appendRuns(emphasis.children(), run, runs);
            } else if (inline instanceof Inline.Strong strong) {
                appendRuns(strong.children(), run, runs);
            } else if (inline instanceof Inline.Link link) {
                appendRuns(link.children(), run, runs);
            } else if (inline instanceof Inline.Quoted quoted) {
                appendRuns(quoted.children(), run, runs);
            } else if (inline instanceof Inline.Shifted shifted) { // read back apart from the letters beside it, like a note's number
                runs.add(run.toString());
                run.setLength(0);
                appendRuns(shifted.children(), run, runs);
                runs.add(run.toString());
                run.setLength(0);
            } else if (inline instanceof Inline.LineBreak) {
                run.append('\n');
            } else if (inline instanceof Inline.NoteRef) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
    }
}
