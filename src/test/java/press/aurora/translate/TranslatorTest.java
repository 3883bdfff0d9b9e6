package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;
import press.aurora.testing.SampleIssue;

class TranslatorTest {

    private static final Issue SAMPLE = IssueReader.read(SampleIssue.FOLDER);
    private static final InterfaceStrings STRINGS = InterfaceStrings.loadSource(Path.of("styles", "strings.yaml"));
    private static final Path PO = Path.of("translations", "xx", "2017-11", "article.po");

    /** Every message with this msgstr; for the strings too. */
    private static Map<String, Translator.ArticleCatalog> catalogs(java.util.function.Function<PoEntry.Builder, PoEntry.Builder> msgstr) {
        Map<String, Translator.ArticleCatalog> catalogs = new LinkedHashMap<>();
        for (Article article : SAMPLE.articles()) {
            List<Message> messages = MessageExtractor.extract(article, I18nDirectives.read(article.file()));
            catalogs.put(article.id(), new Translator.ArticleCatalog(messages, Optional.of(catalog(messages, msgstr)), PO));
        }
        return catalogs;
    }

    private static Catalog catalog(List<Message> messages, java.util.function.Function<PoEntry.Builder, PoEntry.Builder> msgstr) {
        Map<MessageKey, PoEntry> entries = new LinkedHashMap<>();
        int line = 10;
        for (Message m : messages) {
            entries.putIfAbsent(m.key(), msgstr.apply(PoEntry.builder(m.msgid()).msgctxt(m.msgctxt()).line(line += 5)).build());
        }
        return new Catalog(PO, PoFile.of(PoHeaders.template("p", "d", "x"), List.copyOf(entries.values())), List.of());
    }

    /** The msgstr "T", with the msgid's footnote references, as a translation keeps them. */
    private static PoEntry.Builder t(PoEntry.Builder b) {
        StringBuilder text = new StringBuilder("T");
        java.util.regex.Matcher notes = java.util.regex.Pattern.compile("\\[\\^[^\\]]+]").matcher(b.build().msgid());
        while (notes.find()) {
            text.append(notes.group());
        }
        return b.msgstr(text.toString());
    }

    @Test
    void aTranslationThatLostAFootnoteReferenceIsNotPrintedAndSaysWhy() {
        Map<String, Translator.ArticleCatalog> catalogs = catalogs(b -> b.build().msgid().endsWith("[^lenin]")
                ? b.msgstr("T[^Lenin]") : t(b));

        Translation translation = Translator.translate(SAMPLE, catalogs, STRINGS, strings(), ULocale.FRENCH, false);

        assertThat(translation.fallbacks()).extracting(f -> f.diagnostic().toString()).containsExactly(
                "translations/xx/2017-11/article.po:135: error: the translation of \"At this point the Bolsheviks (soon to take "
                        + "the name…\" is not printed: footnote reference [^lenin] of the source is missing; footnote reference "
                        + "[^Lenin] is not in the source [markdown-parity]");
        assertThat(inlinesOnly(translation.issue()).toString()).contains("NoteRef[label=lenin]").doesNotContain("Lenin]");
    }

    private static Translator.ArticleCatalog strings() {
        List<Message> messages = MessageExtractor.extract(STRINGS);
        return new Translator.ArticleCatalog(messages, Optional.of(catalog(messages, b -> b.msgstr(b.build().msgid()))), PO);
    }

    @Test
    void anIdentityCatalogueGivesBackTheSameModel() {
        Translation translation = Translator.translate(SAMPLE, catalogs(b -> b.msgstr(b.build().msgid())), STRINGS, strings(),
                ULocale.FRENCH, false);

        assertThat(translation.fallbacks()).isEmpty();
        assertThat(inlinesOnly(translation.issue())).isEqualTo(inlinesOnly(SAMPLE));
    }

    @Test
    void printsTheSourceAndRecordsEachMessageWithoutAFinishedTranslation() {
        Map<String, Translator.ArticleCatalog> catalogs = catalogs(b -> b.build().msgid().startsWith("Our rulers")
                ? b.fuzzy(true).msgstr("Nos dirigeants…") : b.build().msgid().startsWith("But the horrors") ? b.msgstr("")
                : t(b));

        Translation print = Translator.translate(SAMPLE, catalogs, STRINGS, strings(), ULocale.FRENCH, false);
        Translation proof = Translator.translate(SAMPLE, catalogs, STRINGS, strings(), ULocale.FRENCH, true);

        assertThat(print.fallbacks()).extracting(f -> f.diagnostic().toString()).containsExactly(
                "translations/xx/2017-11/article.po:30: error: fuzzy translation of \"Our rulers want us to think there was little good in the…\""
                        + " is not printed: review it and remove the fuzzy flag (or build a proof with --allow-fuzzy) [fuzzy]",
                "translations/xx/2017-11/article.po:35: error: untranslated message \"But the horrors of Stalinism cannot wipe out the fact that…\" [untranslated]");
        Article lead = print.issue().articles().get(0);
        assertThat(((press.aurora.model.Block.Paragraph) lead.body().get(0)).text().plainText()).startsWith("Our rulers want us");
        assertThat(lead.title().plainText()).isEqualTo("T");
        assertThat(lead.author()).contains("Internationalist Communist Tendency");
        assertThat(proof.fallbacks()).hasSize(1);
        assertThat(proof.fuzzyPrinted()).isEqualTo(1);
        assertThat(((press.aurora.model.Block.Paragraph) proof.issue().articles().get(0).body().get(0)).text().plainText())
                .isEqualTo("Nos dirigeants…");
    }

    @Test
    void aMessageMissingFromItsCatalogueOrACatalogueMissingPointsAtTheSource() {
        Article about = SAMPLE.articles().get(2);
        List<Message> messages = MessageExtractor.extract(about, I18nDirectives.NONE);
        Map<String, Translator.ArticleCatalog> catalogs = new LinkedHashMap<>(catalogs(b -> t(b)));
        catalogs.put(about.id(), new Translator.ArticleCatalog(messages, Optional.empty(), PO));

        Translation translation = Translator.translate(SAMPLE, catalogs, STRINGS, strings(), ULocale.FRENCH, false);

        assertThat(translation.fallbacks()).hasSize(messages.size());
        assertThat(translation.fallbacks().get(0).where().toString()).isEqualTo("issues/2017-11/about.md:2");
        assertThat(Fallback.diagnostics(translation.fallbacks(), "fr")).extracting(Object::toString).containsExactly(
                "translations/xx/2017-11/article.po: error: does not exist, so its " + messages.size() + " messages are"
                        + " untranslated; run 'aurora extract --lang fr' to start it, then translate it [untranslated]");
    }

    @Test
    void aTranslationThatIsNotOneParagraphIsNotPrintedAndEveryOneIsListed() {
        Map<String, Translator.ArticleCatalog> catalogs = catalogs(b -> b.build().msgid().equals("Letters")
                ? b.msgstr("Courrier\n\ndes lecteurs") : b.build().msgid().equals("Subscriptions") ? b.msgstr("## Abonnements") : t(b));

        Translation translation = Translator.translate(SAMPLE, catalogs, STRINGS, strings(), ULocale.FRENCH, false);

        assertThat(translation.fallbacks()).extracting(f -> f.diagnostic().toString()).containsExactly(
                "translations/xx/2017-11/article.po:15: error: the translation of \"Letters\" is not printed: it must be one "
                        + "paragraph of text like the source: expected one paragraph of text, found paragraph followed by more "
                        + "paragraphs [markdown-parity]",
                "translations/xx/2017-11/article.po:35: error: the translation of \"Subscriptions\" is not printed: it must be one "
                        + "paragraph of text like the source: expected one paragraph of text, found heading [markdown-parity]");
    }

    @Test
    void translatesTheInterfaceStrings() {
        List<Message> messages = MessageExtractor.extract(STRINGS);
        Catalog french = catalog(messages, b -> b.msgstr(switch (b.build().msgid()) {
            case "Page {page}" -> "Page {page}";
            case "Free" -> "Gratuit";
            default -> "";
        }));

        Translation translation = Translator.translate(SAMPLE, catalogs(b -> t(b)), STRINGS,
                new Translator.ArticleCatalog(messages, Optional.of(french), PO), ULocale.FRENCH, false);

        assertThat(translation.strings().format("price.free")).isEqualTo("Gratuit");
        assertThat(translation.strings().format("notes.title")).isEqualTo("Notes");
        assertThat(translation.fallbacks()).hasSize(messages.size() - 2);
    }

    @Test
    void aBrokenInterfaceStringStopsTheBuildAtItsPoLine() {
        List<Message> messages = MessageExtractor.extract(STRINGS);
        Catalog broken = catalog(messages, b -> b.msgstr(b.build().msgid().equals("Page {page}") ? "Page {page" : b.build().msgid()));

        assertThatThrownBy(() -> Translator.translate(SAMPLE, catalogs(b -> t(b)), STRINGS,
                new Translator.ArticleCatalog(messages, Optional.of(broken), PO), ULocale.FRENCH, false))
                .hasMessageStartingWith("translations/xx/2017-11/article.po:45: error: the translation of 'footer.page' is not a valid ICU MessageFormat pattern")
                .hasMessageEndingWith("[icu-pattern]");
    }

    /** The model with every text's position dropped: what is printed. */
    private static List<Object> inlinesOnly(Issue issue) {
        List<Object> texts = new java.util.ArrayList<>();
        new TextMapper(t -> {
            texts.add(t.inlines());
            return t;
        }).map(issue);
        return texts;
    }
}
