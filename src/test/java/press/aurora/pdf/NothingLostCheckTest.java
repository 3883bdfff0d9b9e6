package press.aurora.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.aurora.diag.SourcePosition;

/** The nothing-lost comparison on printed lines as PDFBox returns them. */
class NothingLostCheckTest {

    private static final SourcePosition AT = SourcePosition.of(Path.of("article.md"), 7);

    private static List<PdfTextLayout.TextLine> lines(String... texts) {
        List<PdfTextLayout.TextLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new PdfTextLayout.TextLine(10 + 11 * i, 0, 100, texts[i]));
        }
        return lines;
    }

    private static ExpectedText message(String... runs) {
        return new ExpectedText("article", AT, List.of(runs), "");
    }

    private static List<LostText> check(List<PdfTextLayout.TextLine> lines, ExpectedText... messages) {
        return NothingLostCheck.check(lines, List.of(messages));
    }

    @Test
    void findsAParagraphSetOnHyphenatedLines() {
        assertThat(check(lines("But the horrors of Stalinism", "cannot wipe out the fact that in", "1917, for the first time, the work-",
                "ing class rose up."), message("But the horrors of Stalinism cannot wipe out the fact that in 1917, for the first time, the working class rose up.")))
                .isEmpty();
    }

    @Test
    void findsAParagraphAcrossAPageBreakWithTheFooterAndSlugInBetween() {
        List<PdfTextLayout.TextLine> page = lines("the working class can find the promise of",
                "Aurora · 7 November 2017 United Kingdom Page 1", "Aurora 1 · United Kingdom (uk) · page 1 of 2",
                "PROOF", "our future victory. This will bring", "about a soci-", "ety of freely associated producers.");
        assertThat(check(page, message("the working class can find the promise of our future victory. "
                + "This will bring about a society of freely associated producers."))).isEmpty();
    }

    @Test
    void findsAWordHyphenatedAcrossAColumnBreak() {
        assertThat(check(lines("the vote was sup-", "Page 1", "ported by the delegates"), message("The vote was supported by the delegates")))
                .isEmpty();
    }

    @Test
    void findsCapitalsLigaturesAndANoteNumberBetweenRuns() {
        assertThat(check(lines("OUR RULERS WANT US to think the \uFB01rst", "thousands of communal organizations”.1 Most of"),
                message("Our rulers want us to think the first"),
                message("thousands of communal organizations”.", " Most of"))).isEmpty();
    }

    @Test
    void findsSeveralMessagesOnOneLine() {
        assertThat(check(lines("1. R. Stites, Revolutionary Dreams. 2. Lenin, Collected Works"),
                message("R. Stites, Revolutionary Dreams."), message("Lenin, Collected Works"))).isEmpty();
    }

    @Test
    void findsArticlesInAnyOrderButTheMessagesOfAnArticleInTheirs() {
        List<PdfTextLayout.TextLine> page = lines("Letters", "A letter.", "The lead", "First paragraph.");
        ExpectedText lead = new ExpectedText("lead", AT, List.of("The lead"), "");
        ExpectedText first = new ExpectedText("lead", AT, List.of("First paragraph."), "");
        ExpectedText letters = new ExpectedText("letters", AT, List.of("Letters"), "");

        assertThat(check(page, lead, first, letters)).isEmpty();
        assertThat(check(page, first, lead)).extracting(l -> l.expected().text()).containsExactly("The lead");
    }

    @Test
    void findsATablePlacedAtTheTopOfItsArticleButItsCellsInTheirOrder() {
        List<PdfTextLayout.TextLine> page = lines("Where the strikes spread", "Industry Strikers", "Textiles 38,900",
                "The committees kept registers.", "They stop in November.");
        ExpectedText title = message("Where the strikes spread");
        ExpectedText before = message("The committees kept registers.");
        ExpectedText after = message("They stop in November.");

        assertThat(check(page, title, before, cell("Industry"), cell("Strikers"), cell("Textiles"), cell("38,900"), after))
                .isEmpty();
        assertThat(check(page, title, before, cell("Textiles"), cell("Industry"), after))
                .extracting(l -> l.expected().text()).containsExactly("Industry");
        assertThat(check(page, title, before, cell("Chemicals"), after))
                .extracting(l -> l.expected().text()).containsExactly("Chemicals");
    }

    private static ExpectedText cell(String text) {
        return new ExpectedText("article", AT, List.of(text), "", true);
    }

    @Test
    void aLostPullQuoteIsNotFoundInTheParagraphItRepeats() {
        List<PdfTextLayout.TextLine> page = lines("the party can lead but it cannot make a revolution.", "A Workers’ Tragedy");

        assertThat(check(page, message("the party can lead but it cannot make a revolution."),
                message("The party can lead but it cannot make a revolution."), message("A Workers’ Tragedy")))
                .extracting(LostText::missingFrom).containsExactly("The party can lead but it cannot make a revolution.");
    }

    @Test
    void reportsAMissingWordInTheMiddleWithTheWordsFromIt() {
        List<LostText> lost = check(lines("the quick brown", "jumps over the lazy dog"),
                message("the quick brown fox jumps over the lazy dog"));

        assertThat(lost).hasSize(1);
        assertThat(lost.get(0).missingFrom()).isEqualTo("…fox jumps over the lazy dog");
        assertThat(lost.get(0).expected().position()).isEqualTo(AT);
    }

    @Test
    void reportsAMessageNotPrintedAtAll() {
        List<LostText> lost = check(lines("Something else entirely"), message("The innermost quotation"));

        assertThat(lost).extracting(LostText::missingFrom).containsExactly("The innermost quotation");
    }

    @Test
    void doesNotSkipALineOfTheMessageItself() {
        assertThat(check(lines("the first line of the paragraph", "the third line of it"),
                message("the first line of the paragraph the second line the third line of it")))
                .extracting(LostText::missingFrom).containsExactly("…second line the third line of it");
    }

    @Test
    void reportsALossInsideTheFirstOfSeveralRuns() {
        // the runs are a paragraph and its note marker: the search for how much is printed tries prefixes shorter than the first run
        assertThat(check(lines("the delegates voted", "nothing else"), message("the delegates voted at dawn for the strike", " and went home")))
                .extracting(LostText::missingFrom).containsExactly("…at dawn for the strike and went home");
    }

    @Test
    void doesNotTakeOtherTextForANoteNumber() {
        assertThat(check(lines("a paragraph with a noteX that goes on"), message("a paragraph with a note", " that goes on")))
                .hasSize(1);
    }

    @Test
    void quotesAtMostTwelveWordsOfALongLoss() {
        String long_ = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        assertThat(check(lines("nothing"), message(long_))).extracting(LostText::missingFrom)
                .containsExactly("one two three four five six seven eight nine ten eleven twelve…");
    }

    @Test
    void anEmptyPdfLosesEveryMessage() {
        assertThat(check(lines(), message("A headline"), message("A paragraph."))).hasSize(2);
    }

    @Test
    void aMessageWithoutLettersIsNotLookedFor() {
        assertThat(check(lines(), message("* * *"))).isEmpty();
    }
}
