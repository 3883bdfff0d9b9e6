package press.aurora.translate;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.Severity;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.InlineMarkdown;
import press.aurora.model.Article;
import press.aurora.model.InlineText;
import press.aurora.model.Issue;
import press.aurora.model.Note;
import press.aurora.model.TextMapper;
import press.aurora.translate.check.MarkdownParityCheck;
import press.aurora.translate.check.ParsedTexts;
import press.aurora.translate.check.TranslationUnit;
import press.aurora.translate.po.PoEntry;

/**
 * Applies a language's catalogues to the model (model to model, through {@link TextMapper}): every message
 * with a finished translation is replaced by its msgstr, parsed with the project's Markdown dialect; every
 * other message, and every translation whose Markdown is broken ({@link MarkdownParityCheck}'s errors), keeps the
 * source text and is recorded as a {@link Fallback} with its file and line. Fuzzy
 * translations count as finished only when {@code allowFuzzy} (proofs). Skipped texts, the author and
 * everything that is not text are kept as they are.
 */
public final class Translator {

    /**
     * What the translator needs for one article.
     *
     * @param messages the article's messages, from {@link MessageExtractor}
     * @param catalog  its PO file, if there is one
     * @param file     where the PO file is (or should be)
     */
    public record ArticleCatalog(List<Message> messages, Optional<Catalog> catalog, Path file) {
        public ArticleCatalog {
            messages = List.copyOf(messages);
        }
    }

    private static final MarkdownParityCheck PARITY = new MarkdownParityCheck();

    private final boolean allowFuzzy;
    private final String language;
    private final ParsedTexts sourceTexts = new ParsedTexts();
    private final List<Fallback> fallbacks = new ArrayList<>();
    private int fuzzyPrinted;

    private Translator(boolean allowFuzzy, String language) {
        this.allowFuzzy = allowFuzzy;
        this.language = language;
    }

    /**
     * @param articles by article id; an article without one keeps its source text and every message falls back
     * @param strings  the interface strings' messages and catalogue
     */
    public static Translation translate(Issue issue, Map<String, ArticleCatalog> articles, InterfaceStrings source,
                                        ArticleCatalog strings, ULocale locale, boolean allowFuzzy) {
        Translator translator = new Translator(allowFuzzy, locale.getLanguage());
        List<Article> translated = new ArrayList<>();
        for (Article article : issue.articles()) {
            ArticleCatalog catalog = articles.get(article.id());
            translated.add(catalog == null ? article : translator.article(article, catalog));
        }
        Map<String, String> patterns = translator.strings(strings);
        return new Translation(issue.withArticles(translated), source.with(patterns, locale), translator.fallbacks,
                translator.fuzzyPrinted);
    }

    private Article article(Article article, ArticleCatalog catalog) {
        Map<SourcePosition, Message> byPosition = new HashMap<>();
        catalog.messages().forEach(m -> byPosition.put(m.position(), m));
        Set<String> labels = article.notes().stream().map(Note::label).collect(Collectors.toSet());
        return new TextMapper(text -> {
            Message message = byPosition.get(text.position());
            if (message == null) {
                return text;
            }
            return finished(message, catalog).flatMap(t -> printable(message, t, catalog.catalog().orElseThrow().position(t.entry),
                    catalog.file(), labels)).orElse(text);
        }).map(article);
    }

    /**
     * The translation parsed for print; empty, after recording it as a fallback, when its Markdown is broken as
     * {@code aurora check} sees it (markdown-parity errors: not one paragraph of text, a lost or unknown footnote
     * reference, a link or code span less, a stray {@code *}): printed, it would show a note number that leads
     * nowhere or a marker as is. Every such translation of the edition is listed, not only the first.
     */
    private Optional<InlineText> printable(Message message, Finished translation, SourcePosition where, Path file,
                                           Set<String> labels) {
        InlineText parsed;
        try {
            parsed = InlineMarkdown.parse(translation.text, where, labels);
        } catch (ContentException e) {
            return broken(message, where, file, "it must be one paragraph of text like the source: " + e.diagnostic().message());
        }
        TranslationUnit unit = TranslationUnit.of(language, where, translation.entry, message.kind(), sourceTexts);
        List<String> errors = PARITY.check(unit).stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::message).toList();
        return errors.isEmpty() ? Optional.of(parsed) : broken(message, where, file, String.join("; ", errors));
    }

    private Optional<InlineText> broken(Message message, SourcePosition where, Path file, String problem) {
        fallbacks.add(new Fallback(message, Fallback.Reason.BROKEN, where, file, problem));
        return Optional.empty();
    }

    /** Key to translated pattern, for the strings that have a finished translation. */
    private Map<String, String> strings(ArticleCatalog strings) {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (Message message : strings.messages()) {
            finished(message, strings).ifPresent(t -> {
                try {
                    new MessagePattern(t.text);
                } catch (IllegalArgumentException e) {
                    throw ContentException.at(strings.catalog().orElseThrow().position(t.entry), "icu-pattern",
                            "the translation of '" + message.role() + "' is not a valid ICU MessageFormat pattern: " + e.getMessage());
                }
                patterns.put(message.role(), t.text);
            });
        }
        return patterns;
    }

    /** The msgstr to print, or empty after recording why the source text is printed instead. */
    private Optional<Finished> finished(Message message, ArticleCatalog catalog) {
        if (catalog.catalog().isEmpty()) {
            fallbacks.add(new Fallback(message, Fallback.Reason.NO_CATALOG, message.where(), catalog.file()));
            return Optional.empty();
        }
        Catalog po = catalog.catalog().get();
        Optional<PoEntry> found = po.find(message.key());
        if (found.isEmpty()) {
            fallbacks.add(new Fallback(message, Fallback.Reason.NOT_IN_CATALOG, message.where(), catalog.file()));
            return Optional.empty();
        }
        PoEntry entry = found.get();
        if (entry.isTranslated()) {
            return Optional.of(new Finished(entry, entry.msgstr().get(0)));
        }
        boolean filled = entry.msgstr().stream().noneMatch(String::isEmpty);
        if (entry.isFuzzy() && filled && allowFuzzy) {
            fuzzyPrinted++;
            return Optional.of(new Finished(entry, entry.msgstr().get(0)));
        }
        Fallback.Reason reason = entry.isFuzzy() && filled ? Fallback.Reason.FUZZY : Fallback.Reason.UNTRANSLATED;
        fallbacks.add(new Fallback(message, reason, po.position(entry), catalog.file()));
        return Optional.empty();
    }

    private record Finished(PoEntry entry, String text) {
    }
}
