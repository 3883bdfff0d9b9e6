package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;
import press.aurora.translate.po.PoHeader;
import press.aurora.translate.po.PoWriter;

class CatalogMergerTest {

    private static final PoHeader HEADER = PoHeaders.template("Aurora 2017-11", "test", "2017-11-02 09:00+0000");
    private static final String PARAGRAPH = "Workers already had an alternative. This was the soviet which had been crushed by the Tsar in 1905.";
    private static final String EDITED = "Workers already had an alternative. This was the soviet which had been crushed by the Tsar in 1906.";

    private static PoEntry source(String msgid, String reference) {
        return PoEntry.builder(msgid).extractedComment("paragraph").reference(reference).flag(Message.MARKDOWN_TEXT).build();
    }

    private static PoEntry translated(String msgid, String msgstr) {
        return PoEntry.builder(msgid).translatorComment("checked by Claire").extractedComment("paragraph")
                .reference("issues/2017-11/a.md:3").flag(Message.MARKDOWN_TEXT).msgstr(msgstr).build();
    }

    @Test
    void keepsExactMatchesWithTheTranslatorsCommentsAndTakesPositionsFromTheTemplate() {
        PoFile old = PoFile.of(HEADER, List.of(translated("Letters", "Courrier")));
        PoFile template = PoFile.of(HEADER, List.of(source("Letters", "issues/2017-11/a.md:9")));

        PoEntry merged = CatalogMerger.merge(template, old, HEADER).entries().get(0);

        assertThat(merged.msgstr()).containsExactly("Courrier");
        assertThat(merged.references()).containsExactly("issues/2017-11/a.md:9");
        assertThat(merged.translatorComments()).containsExactly("checked by Claire");
        assertThat(merged.isFuzzy()).isFalse();
    }

    @Test
    void aSmallChangeBringsTheOldTranslationBackFuzzyWithThePreviousMsgid() {
        PoFile old = PoFile.of(HEADER, List.of(translated(PARAGRAPH, "Les ouvriers disposaient déjà d’une alternative.")));
        PoFile template = PoFile.of(HEADER, List.of(source(EDITED, "issues/2017-11/a.md:3")));

        PoFile merged = CatalogMerger.merge(template, old, HEADER);

        assertThat(merged.entries()).hasSize(1);
        PoEntry entry = merged.entries().get(0);
        assertThat(entry.msgid()).isEqualTo(EDITED);
        assertThat(entry.isFuzzy()).isTrue();
        assertThat(entry.previousMsgid()).isEqualTo(PARAGRAPH);
        assertThat(entry.msgstr()).containsExactly("Les ouvriers disposaient déjà d’une alternative.");
        assertThat(PoWriter.write(merged)).contains("#, fuzzy, markdown-text\n#| msgid \"" + PARAGRAPH + "\"\n");
    }

    @Test
    void aRewrittenMessageIsUntranslatedAndTheOldTranslationBecomesObsolete() {
        PoFile old = PoFile.of(HEADER, List.of(translated(PARAGRAPH, "Les ouvriers disposaient déjà d’une alternative.")));
        PoFile template = PoFile.of(HEADER, List.of(source("Something else entirely, said in other words.", "a.md:3")));

        PoFile merged = CatalogMerger.merge(template, old, HEADER);

        assertThat(merged.messages()).singleElement().satisfies(e -> {
            assertThat(e.msgstr()).containsExactly("");
            assertThat(e.isFuzzy()).isFalse();
        });
        assertThat(merged.obsoleteEntries()).singleElement().satisfies(e -> {
            assertThat(e.msgid()).isEqualTo(PARAGRAPH);
            assertThat(e.msgstr()).containsExactly("Les ouvriers disposaient déjà d’une alternative.");
            assertThat(e.references()).isEmpty();
        });
    }

    @Test
    void vanishedTranslationsBecomeObsoleteAndComeBackWhenTheTextReturns() {
        PoFile old = PoFile.of(HEADER, List.of(translated("Letters", "Courrier"), PoEntry.of("Never translated", "")));
        PoFile without = CatalogMerger.merge(PoFile.of(HEADER, List.of()), old, HEADER);

        assertThat(without.messages()).isEmpty();
        assertThat(without.obsoleteEntries()).extracting(PoEntry::msgid).containsExactly("Letters");

        PoFile back = CatalogMerger.merge(PoFile.of(HEADER, List.of(source("Letters", "a.md:2"))), without, HEADER);
        assertThat(back.obsoleteEntries()).isEmpty();
        assertThat(back.messages()).singleElement().satisfies(e -> assertThat(e.msgstr()).containsExactly("Courrier"));
    }

    @Test
    void mergingTwiceChangesNothing() {
        PoFile old = PoFile.of(HEADER, List.of(translated(PARAGRAPH, "Les ouvriers…"), translated("Gone", "Parti"),
                translated("Letters", "Courrier")));
        PoFile template = PoFile.of(HEADER, List.of(source("Letters", "a.md:1"), source(EDITED, "a.md:3"),
                source("New text", "a.md:5")));

        PoFile once = CatalogMerger.merge(template, old, HEADER);
        PoFile twice = CatalogMerger.merge(template, once, HEADER);

        assertThat(PoWriter.write(twice)).isEqualTo(PoWriter.write(once));
        assertThat(once.messages()).extracting(PoEntry::isFuzzy).containsExactly(false, true, false);
        assertThat(once.obsoleteEntries()).extracting(PoEntry::msgid).containsExactly("Gone");
    }

    @Test
    void similarityIsMeasuredOnWords() {
        assertThat(Similarity.ratio(Similarity.tokens(PARAGRAPH), Similarity.tokens(EDITED))).isGreaterThan(0.9);
        assertThat(Similarity.ratio(Similarity.tokens("About Aurora"), Similarity.tokens("Subscriptions"))).isZero();
        assertThat(Similarity.ratio(Similarity.tokens("the cat sat"), Similarity.tokens("the cat ran"))).isCloseTo(0.667,
                org.assertj.core.data.Offset.offset(0.001));
    }
}
