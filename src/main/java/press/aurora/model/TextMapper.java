package press.aurora.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies one function to every {@link InlineText} of an issue (titles, kickers, standfirsts,
 * headings, paragraphs, table cells, notes), keeping everything else. Translation and locale
 * typography are both such functions.
 */
public final class TextMapper {

    private final UnaryOperator<InlineText> function;

    public TextMapper(UnaryOperator<InlineText> function) {
        this.function = function;
    }

    public Issue map(Issue issue) {
        List<Article> articles = new ArrayList<>();
        for (Article article : issue.articles()) {
            articles.add(map(article));
        }
        return issue.withArticles(articles);
    }

    /** Maps in print order: kicker, title, standfirst, body, notes. */
    public Article map(Article article) {
        var kicker = article.kicker().map(function);
        InlineText title = function.apply(article.title());
        var standfirst = article.standfirst().map(function);
        List<Block> body = mapBlocks(article.body());
        List<Note> notes = new ArrayList<>();
        for (Note note : article.notes()) {
            notes.add(new Note(note.label(), note.number(), mapBlocks(note.blocks()), note.position()));
        }
        return new Article(article.id(), article.role(), article.file(), title, kicker, standfirst,
                article.author(), body, notes);
    }

    /** Every text of an article in print order. */
    public static List<InlineText> texts(Article article) {
        List<InlineText> texts = new ArrayList<>();
        new TextMapper(text -> {
            texts.add(text);
            return text;
        }).map(article);
        return texts;
    }

    private List<Block> mapBlocks(List<Block> blocks) {
        List<Block> mapped = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            mapped.add(mapBlock(block));
        }
        return mapped;
    }

    private Block mapBlock(Block block) {
        if (block instanceof Block.Heading heading) {
            return new Block.Heading(heading.level(), function.apply(heading.text()));
        } else if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(function.apply(paragraph.text()));
        } else if (block instanceof Block.BlockQuote quote) {
            return new Block.BlockQuote(mapBlocks(quote.blocks()), quote.position());
        } else if (block instanceof Block.ListBlock list) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Block.ListItem item : list.items()) {
                items.add(new Block.ListItem(mapBlocks(item.blocks())));
            }
            return new Block.ListBlock(list.ordered(), items, list.position());
        } else if (block instanceof Block.Table table) {
            List<Block.TableRow> rows = new ArrayList<>();
            for (Block.TableRow row : table.rows()) {
                rows.add(new Block.TableRow(row.header(), row.cells().stream().map(function).toList()));
            }
            return new Block.Table(rows, table.position());
        } else if (block instanceof Block.PullQuote pull) {
            return new Block.PullQuote(function.apply(pull.text()), pull.position());
        } else if (block instanceof Block.Sidebar sidebar) {
            return new Block.Sidebar(sidebar.title().map(function), mapBlocks(sidebar.blocks()), sidebar.position());
        } else if (block instanceof Block.Figure figure) {
            return new Block.Figure(figure.image(), figure.width(), function.apply(figure.alt()), figure.caption().map(function),
                    figure.credit().map(function), figure.position());
        }
        return block;
    }
}
