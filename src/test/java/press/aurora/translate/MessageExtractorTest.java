package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.config.ArticleRef;
import press.aurora.config.ArticleRole;
import press.aurora.markdown.ArticleReader;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;

class MessageExtractorTest {

    @TempDir
    Path dir;

    private List<Message> extract(String markdown) throws IOException {
        Path file = dir.resolve("article.md");
        Files.writeString(file, markdown);
        Article article = ArticleReader.read(new ArticleRef(file, ArticleRole.ARTICLE, null));
        return MessageExtractor.extract(article, I18nDirectives.read(file));
    }

    @Test
    void splitsEveryKindOfBlockWithoutItsMarkersAndGivesEachItsRoleAndLine() throws IOException {
        List<Message> messages = extract("""
                ---
                title: The *bridge*
                kicker: Local news
                standfirst: What the council said.
                author: A. Reader
                ---

                ## Why it *matters*

                A first line\s
                continued on a [second](https://leftcom.org) line.[^n]

                - one item
                - two **items**

                1. first step

                > A quoted
                > paragraph.

                | Year | Members |
                |------|---------|
                | 1917 | 8000    |

                Hard\\
                break.

                * * *

                [^n]: The note's text.
                """);

        assertThat(messages).extracting(Message::role, Message::msgid, m -> m.position().line()).containsExactly(
                tuple("front matter title", "The *bridge*", 2),
                tuple("front matter kicker", "Local news", 3),
                tuple("front matter standfirst", "What the council said.", 4),
                tuple("heading 2", "Why it *matters*", 8),
                tuple("paragraph", "A first line continued on a [second](https://leftcom.org) line.[^n]", 10),
                tuple("list item 1", "one item", 13),
                tuple("list item 2", "two **items**", 14),
                tuple("list item 1", "first step", 16),
                tuple("block quote", "A quoted paragraph.", 18),
                tuple("table cell r1c1", "Year", 21),
                tuple("table cell r1c2", "Members", 21),
                tuple("table cell r2c1", "1917", 23),
                tuple("table cell r2c2", "8000", 23),
                tuple("paragraph", "Hard\\\nbreak.", 25),
                tuple("footnote [^n]", "The note's text.", 30));
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.msgctxt()).isNull();
            assertThat(m.flags()).containsExactly(Message.MARKDOWN_TEXT);
        });
    }

    @Test
    void keepsTwoTrailingSpacesAsAHardBreakThatParsesBack() throws IOException {
        List<Message> messages = extract("---\ntitle: T\n---\n\nFirst line  \nsecond line\n");

        assertThat(messages.get(1).msgid()).isEqualTo("First line\\\nsecond line");
    }

    @Test
    void givesAContextOnlyWhereTheSameTextHasTwoRoles() throws IOException {
        List<Message> messages = extract("""
                ---
                title: Subscriptions
                ---

                ## Subscriptions

                Subscriptions

                Subscriptions
                """);

        assertThat(messages).extracting(Message::msgctxt, Message::role).containsExactly(
                tuple("title", "front matter title"), tuple("heading", "heading 2"),
                tuple("paragraph", "paragraph"), tuple("paragraph", "paragraph"));
    }

    @Test
    void equalTextsOfOneRoleAreOneTemplateEntryWithEveryReference() throws IOException {
        List<Message> messages = extract("---\ntitle: T\n---\n\nAgain.\n\nOther.\n\nAgain.\n");
        TranslationsLayout layout = new TranslationsLayout(dir.resolve("translations"));

        PoFile template = TemplateBuilder.build(PoHeaders.template("p", "d", "2017-11-01 00:00+0000"), messages, layout::reference);

        assertThat(template.entries()).extracting(PoEntry::msgid, PoEntry::references).containsExactly(
                tuple("T", List.of("article.md:2")),
                tuple("Again.", List.of("article.md:5", "article.md:9")),
                tuple("Other.", List.of("article.md:7")));
    }

    @Test
    void skipsTheNextBlockOrARangeAndAddsCommentsForTranslators() throws IOException {
        List<Message> messages = extract("""
                ---
                title: T
                ---

                <!-- i18n:skip -->
                Not for translation.

                <!-- i18n:comment: Keep the pun on "bridge". -->
                A bridge too far.

                <!-- i18n:skip -->
                - skipped item one
                - skipped item two

                <!-- i18n:skip-start -->
                Skipped one.

                Skipped two.
                <!-- i18n:skip-end -->

                <!-- an ordinary comment -->
                Translated again.
                """);

        assertThat(messages).extracting(Message::msgid, Message::comments).containsExactly(
                tuple("T", List.of()),
                tuple("A bridge too far.", List.of("Keep the pun on \"bridge\".")),
                tuple("Translated again.", List.of()));
    }

    @Test
    void anUnknownDirectiveIsAnErrorWithItsLine() throws IOException {
        Path file = dir.resolve("article.md");
        Files.writeString(file, "---\ntitle: T\n---\n\n<!-- i18n:skipp -->\nText.\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> I18nDirectives.read(file))
                .hasMessageEndingWith("article.md:5: error: unknown translation directive 'i18n:skipp' (allowed: skip, skip-start, skip-end, comment) [i18n-directive]");
    }

    @Test
    void interfaceStringsAreIcuMessagesWithTheirKeyAsComment() {
        press.aurora.edition.InterfaceStrings strings = press.aurora.edition.InterfaceStrings.loadSource(Path.of("styles", "strings.yaml"));

        List<Message> messages = MessageExtractor.extract(strings);

        assertThat(messages).extracting(Message::role).startsWith("masthead.title", "masthead.subtitle", "masthead.number");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.isIcu()).isTrue();
            assertThat(m.msgctxt()).isNull();
        });
        assertThat(messages).filteredOn(m -> m.role().equals("footer.page")).extracting(Message::msgid).containsExactly("Page {page}");
    }
}
