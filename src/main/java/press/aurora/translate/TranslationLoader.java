package press.aurora.translate;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.diag.ContentException;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.model.Issue;

/**
 * Reads what {@link Translator} needs from the file system, once per build: the issue's messages
 * (each article's directives are read once, whatever the number of editions) and each language's PO
 * files (read once, though two editions may share a language). Safe to use from several threads. A PO
 * file that GNU msgfmt would refuse stops the build at its line.
 */
public final class TranslationLoader {

    private final Issue issue;
    private final TranslationsLayout layout;
    private final InterfaceStrings sourceStrings;
    private final Map<String, List<Message>> articleMessages = new LinkedHashMap<>();
    private final List<Message> stringMessages;
    private final Map<String, Catalogs> byLanguage = new ConcurrentHashMap<>();

    /** One language's catalogues: each article's, and strings.po. */
    private record Catalogs(Map<String, Translator.ArticleCatalog> articles, Translator.ArticleCatalog strings) {
    }

    public TranslationLoader(Issue issue, TranslationsLayout layout, InterfaceStrings sourceStrings) {
        this.issue = issue;
        this.layout = layout;
        this.sourceStrings = sourceStrings;
        for (Article article : issue.articles()) {
            articleMessages.put(article.id(), MessageExtractor.extract(article, I18nDirectives.read(article.file())));
        }
        this.stringMessages = MessageExtractor.extract(sourceStrings);
    }

    /** The issue translated into {@code language}, its strings formatted for {@code locale}. */
    public Translation load(String language, ULocale locale, boolean allowFuzzy) {
        Catalogs catalogs = byLanguage.computeIfAbsent(language, this::read);
        return Translator.translate(issue, catalogs.articles(), sourceStrings, catalogs.strings(), locale, allowFuzzy);
    }

    private Catalogs read(String language) {
        Map<String, Translator.ArticleCatalog> articles = new LinkedHashMap<>();
        for (Map.Entry<String, List<Message>> article : articleMessages.entrySet()) {
            Path file = layout.catalog(language, issue.id(), article.getKey());
            articles.put(article.getKey(), new Translator.ArticleCatalog(article.getValue(), readStrict(file), file));
        }
        Path stringsFile = layout.strings(language);
        return new Catalogs(articles, new Translator.ArticleCatalog(stringMessages, readStrict(stringsFile), stringsFile));
    }

    private static Optional<Catalog> readStrict(Path file) {
        Optional<Catalog> catalog = Catalog.read(file);
        catalog.filter(c -> !c.problems().isEmpty()).ifPresent(c -> {
            throw new ContentException(c.problemDiagnostics().get(0));
        });
        return catalog;
    }
}
