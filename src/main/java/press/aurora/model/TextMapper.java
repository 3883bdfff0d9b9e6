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

    public Article map(Article article) {
        List<Note> notes = new ArrayList<>();
        for (Note note : article.notes()) {
            notes.add(new Note(note.label(), note.number(), mapBlocks(note.blocks()), note.position()));
        }
        return new Article(article.id(), article.role(), article.file(), function.apply(article.title()),
                article.kicker().map(function), article.standfirst().map(function), article.author(),
                mapBlocks(article.body()), notes);
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
        }
        return block;
    }
}
