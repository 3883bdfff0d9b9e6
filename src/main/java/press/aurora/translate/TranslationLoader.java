package press.aurora.translate;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import press.aurora.diag.ContentException;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.model.Issue;

/**
 * Reads what {@link Translator} needs for one language from the file system: each article's directives and
 * PO file, and the language's strings.po. A PO file that GNU msgfmt would refuse stops the build at its line.
 */
public final class TranslationLoader {

    private TranslationLoader() {
    }

    public static Translation load(Issue issue, String language, ULocale locale, TranslationsLayout layout,
                                   InterfaceStrings sourceStrings, boolean allowFuzzy) {
        Map<String, Translator.ArticleCatalog> articles = new LinkedHashMap<>();
        for (Article article : issue.articles()) {
            Path file = layout.catalog(language, issue.id(), article.id());
            articles.put(article.id(), new Translator.ArticleCatalog(
                    MessageExtractor.extract(article, I18nDirectives.read(article.file())), readStrict(file), file));
        }
        Path stringsFile = layout.strings(language);
        Translator.ArticleCatalog strings = new Translator.ArticleCatalog(MessageExtractor.extract(sourceStrings),
                readStrict(stringsFile), stringsFile);
        return Translator.translate(issue, articles, sourceStrings, strings, locale, allowFuzzy);
    }

    private static Optional<Catalog> readStrict(Path file) {
        Optional<Catalog> catalog = Catalog.read(file);
        catalog.filter(c -> !c.problems().isEmpty()).ifPresent(c -> {
            throw new ContentException(c.problemDiagnostics().get(0));
        });
        return catalog;
    }
}
