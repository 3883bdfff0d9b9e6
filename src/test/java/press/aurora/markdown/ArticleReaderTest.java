package press.aurora.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.config.ArticleRef;
import press.aurora.config.ArticleRole;
import press.aurora.diag.ContentException;
import press.aurora.model.Article;
import press.aurora.model.Block;
import press.aurora.model.Inline;

class ArticleReaderTest {

    @TempDir
    Path folder;

    private Article read(String markdown) throws IOException {
        Path file = folder.resolve("article.md");
        Files.writeString(file, markdown);
        return ArticleReader.read(new ArticleRef(file, ArticleRole.LEAD, null));
    }

    @Test
    void aParagraphsMsgidJoinsItsLinesAndKeepsItsInlineMarkdown() throws IOException {
        Article article = read("---\ntitle: T\n---\n\nOne *line*\nand [another](https://leftcom.org)   \nend.\n");
        Block.Paragraph paragraph = (Block.Paragraph) article.body().get(0);
        assertThat(paragraph.text().markdown()).isEqualTo("One *line* and [another](https://leftcom.org)\\\nend.");
        assertThat(paragraph.text().position().line()).isEqualTo(5);
        assertThat(paragraph.text().inlines()).contains(new Inline.Emphasis(List.of(new Inline.Text("line"))));
    }

    @Test
    void curlyAndStraightQuotationsBecomeQuotations() throws IOException {
        Article article = read("---\ntitle: T\n---\n\nHe said “bread” and \"peace\", not «land.\n");
        List<Inline> inlines = ((Block.Paragraph) article.body().get(0)).text().inlines();
        assertThat(inlines).containsExactly(new Inline.Text("He said "), new Inline.Quoted(List.of(new Inline.Text("bread"))),
                new Inline.Text(" and "), new Inline.Quoted(List.of(new Inline.Text("peace"))), new Inline.Text(", not «land."));
    }

    @Test
    void notesAreNumberedInTheOrderOfTheirFirstReference() throws IOException {
        Article article = read("---\ntitle: T\n---\n\nB[^b] then A[^a] then B[^b].\n\n[^a]: Note A.\n\n[^b]: Note B.\n");
        assertThat(article.notes()).extracting(n -> n.label() + "=" + n.number()).containsExactly("b=1", "a=2");
        assertThat(article.noteNumber("a")).isEqualTo(2);
    }

    @Test
    void pullQuotesSidebarsAndFrontMatterAreRead() throws IOException {
        Article article = read("""
                ---
                title: The *title*
                kicker: Kicker
                standfirst: Stand first.
                author: A. Writer
                ---

                > [!pullquote]
                > Quoted words.

                > [!sidebar] In brief
                >
                > - one
                > - two
                """);
        assertThat(article.title().markdown()).isEqualTo("The *title*");
        assertThat(article.kicker().orElseThrow().markdown()).isEqualTo("Kicker");
        assertThat(article.author()).contains("A. Writer");
        assertThat(article.body().get(0)).isInstanceOfSatisfying(Block.PullQuote.class,
                pull -> assertThat(pull.text().markdown()).isEqualTo("Quoted words."));
        assertThat(article.body().get(1)).isInstanceOfSatisfying(Block.Sidebar.class, sidebar -> {
            assertThat(sidebar.title().orElseThrow().markdown()).isEqualTo("In brief");
            assertThat(sidebar.blocks()).hasSize(1).first().isInstanceOf(Block.ListBlock.class);
        });
    }

    @Test
    void aCodeBlockIsAnErrorWithItsLineNotDroppedText() {
        assertThatThrownBy(() -> read("---\ntitle: T\n---\n\nText.\n\n```\ncode\n```\n"))
                .isInstanceOf(ContentException.class)
                .hasMessageEndingWith("article.md:7:1: error: cannot print a fenced code block in a newspaper article: "
                        + "remove it or write it as text [unsupported-markdown]");
    }

    @Test
    void inlineHtmlOtherThanTheFormattingTagsIsAnErrorAndCommentsAreIgnored() throws IOException {
        assertThat(read("---\ntitle: T\n---\n\n<!-- a note for editors -->\n\nText.\n").body()).hasSize(1);
        Block.Paragraph bold = (Block.Paragraph) read("---\ntitle: T\n---\n\nText <b>bold</b>.\n").body().get(0);
        assertThat(bold.text().inlines()).containsExactly(new Inline.Text("Text "), new Inline.Strong(List.of(new Inline.Text("bold"))),
                new Inline.Text("."));
        assertThatThrownBy(() -> read("---\ntitle: T\n---\n\nText <font face=\"Arial\">set</font>.\n"))
                .hasMessageContaining("article.md:5:6: error: cannot print the HTML '<font face=\"Arial\">'").hasMessageEndingWith("[html]");
    }

    @Test
    void bracketsThatNameNoLinkAreTextAsTyped() throws IOException {
        Article article = read("---\ntitle: T\n---\n\nHe wrote [sic] that [the *party*] won [1] and [a][b] or [c][] [ ] too.\n");
        List<Inline> inlines = ((Block.Paragraph) article.body().get(0)).text().inlines();
        assertThat(inlines).containsExactly(new Inline.Text("He wrote [sic] that [the "), new Inline.Emphasis(List.of(new Inline.Text("party"))),
                new Inline.Text("] won [1] and [a][b] or [c][] [ ] too."));
    }

    @Test
    void aReferenceLinkIsAnErrorThatSaysHowToWriteIt() {
        assertThatThrownBy(() -> read("---\ntitle: T\n---\n\nSee [the site][home].\n\n[home]: https://leftcom.org\n"))
                .hasMessageEndingWith("article.md:5:5: error: cannot print the reference link '[the site][home]': write it as an "
                        + "inline link, [text](address) [unsupported-markdown]");
    }

    @Test
    void anUnknownCalloutIsNamed() {
        assertThatThrownBy(() -> read("---\ntitle: T\n---\n\n> [!warning]\n> Careful.\n"))
                .hasMessageContaining("unknown block '[!warning]' (known: [!pullquote], [!sidebar])");
    }
}
