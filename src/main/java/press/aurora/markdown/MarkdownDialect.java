package press.aurora.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Flexmark setup of the project. Reading articles and extracting messages for translators
 * both parse through here, so they can never disagree about what a block is.
 */
public final class MarkdownDialect {

    private static final MarkdownDialect INSTANCE = new MarkdownDialect();

    private final Parser parser;

    private MarkdownDialect() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                YamlFrontMatterExtension.create(),
                FootnoteExtension.create(),
                TablesExtension.create(),
                TypographicExtension.create()));
        options.set(TypographicExtension.ENABLE_QUOTES, true);
        options.set(TypographicExtension.ENABLE_SMARTS, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        parser = Parser.builder(options).build();
    }

    public static MarkdownDialect get() {
        return INSTANCE;
    }

    /** Parses a whole Markdown file (front matter included). Safe to call from several threads. */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }
}
