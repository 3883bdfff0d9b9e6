package press.aurora.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import press.aurora.config.ArticleRole;
import press.aurora.edition.InterfaceStrings;
import press.aurora.model.Article;
import press.aurora.model.InlineText;
import press.aurora.model.Issue;
import press.aurora.model.TextMapper;
import press.aurora.pdf.ArticleProbe;
import press.aurora.pdf.PdfTextLayout;

/** What to look for in the PDF to find where each article of an edition starts and ends. */
final class ArticleProbes {

    private static final int CLOSING_WORDS = 5;

    private ArticleProbes() {
    }

    /** The headline's longest run of text: a note number printed inside it would break the match. */
    private static String headline(Article article) {
        return PrintedMessages.runs(article.title().inlines()).stream()
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    /** The first words of the back-page box: the about article's title, or else the contacts' title. */
    static String backBoxWords(Issue issue, InterfaceStrings strings) {
        String first = issue.articles().stream().filter(a -> a.role() == ArticleRole.ABOUT).findFirst()
                .map(a -> a.title().plainText()).orElse(strings.format("contact.title"));
        return PdfTextLayout.words(first);
    }

    static List<ArticleProbe> of(Issue issue) {
        List<ArticleProbe> probes = new ArrayList<>();
        for (Article article : issue.articles()) {
            List<InlineText> texts = TextMapper.texts(article);
            String last = PdfTextLayout.words(texts.get(texts.size() - 1).plainText());
            String[] words = last.split(" ");
            String closing = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - CLOSING_WORDS), words.length));
            probes.add(new ArticleProbe(article.id(), PdfTextLayout.words(headline(article)), closing));
        }
        return probes;
    }
}
