package press.aurora.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Flexmark setup of the project. Reading articles and extracting messages for translators
 * both parse through here, so they can never disagree about what a block is.
 */
public final class MarkdownDialect {

    private static final MarkdownDialect INSTANCE = new MarkdownDialect();

    private final Parser parser;
    /**
     * The same dialect without tables, for texts without a '|': a table needs one on every line, so for them it
     * parses the same, and faster (the tables extension compiles a pattern for every text it parses).
     */
    private final Parser parserWithoutTables;

    private MarkdownDialect() {
        parser = parser(true);
        parserWithoutTables = parser(false);
    }

    /** The setup, with the tables extension or without. */
    static Parser parser(boolean tables) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(YamlFrontMatterExtension.create(), FootnoteExtension.create()));
        if (tables) {
            extensions.add(TablesExtension.create());
        }
        extensions.add(TypographicExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TypographicExtension.ENABLE_QUOTES, true);
        options.set(TypographicExtension.ENABLE_SMARTS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        // a photo's file name as a phone or camera gives it ("IMG 2041.jpg", "Grève générale.jpg") may have spaces:
        // ![alt](images/IMG 2041.jpg "caption") and ![alt](<images/IMG 2041.jpg>) are both a figure, not text
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        return Parser.builder(options).build();
    }

    public static MarkdownDialect get() {
        return INSTANCE;
    }

    /** Parses a whole Markdown file (front matter included). Safe to call from several threads. */
    public Document parse(String markdown) {
        return (markdown.indexOf('|') >= 0 ? parser : parserWithoutTables).parse(markdown);
    }
}
