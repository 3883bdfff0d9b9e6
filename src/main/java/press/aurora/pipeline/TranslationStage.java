package press.aurora.pipeline;

import java.util.ArrayList;
import java.util.List;
import press.aurora.config.Edition;
import press.aurora.config.Fallback;
import press.aurora.model.Issue;
import press.aurora.translate.Translation;
import press.aurora.translate.TranslationLoader;
import press.aurora.translate.TranslationsLayout;

/**
 * The first step of an edition: the issue in the edition's language. Editions in the issue's source language
 * print the source; others read translations/ (the folder next to the issue's issues/ folder, see
 * {@link TranslationsLayout#forIssue}). Messages without a finished translation fail the edition
 * ({@code fallback: fail}) or print the source text ({@code fallback: source}) with a warning that says how many.
 */
final class TranslationStage {

    private final BuildResources resources;
    private final boolean allowFuzzy;
    /** Made for the first translated edition of an issue; it reads the messages and each language's catalogues once. */
    private TranslationLoader loader;
    private Issue loaded;

    TranslationStage(BuildResources resources, BuildOptions options) {
        this.resources = resources;
        this.allowFuzzy = options.allowFuzzy();
    }

    Translation translate(Issue source, Edition edition) {
        if (edition.language().equals(source.config().sourceLanguage())) {
            return Translation.source(source, resources.sourceStrings());
        }
        return loader(source).load(edition.language(), edition.locale(), allowFuzzy);
    }

    private synchronized TranslationLoader loader(Issue source) {
        if (loaded != source) {
            TranslationsLayout layout = TranslationsLayout.forIssue(source.config().folder(), resources.workspace().translations());
            loader = new TranslationLoader(source, layout, resources.sourceStrings());
            loaded = source;
        }
        return loader;
    }

    /** Why the edition must not be printed: a summary line, then each message as file:line: error: ... [untranslated]; null when it may. */
    static String failure(Translation translation, Edition edition) {
        if (translation.fallbacks().isEmpty() || edition.fallback() != Fallback.FAIL) {
            return null;
        }
        int count = translation.fallbacks().size();
        StringBuilder text = new StringBuilder(count + (count == 1 ? " message has" : " messages have") + " no finished '"
                + edition.language() + "' translation (fallback: fail in styles/editions.yaml; 'fallback: source' prints the source text instead)");
        press.aurora.translate.Fallback.diagnostics(translation.fallbacks(), edition.language())
                .forEach(diagnostic -> text.append('\n').append(diagnostic));
        return text.toString();
    }

    /** What the build says about the translation of a printed edition. */
    static List<String> warnings(Translation translation) {
        List<String> warnings = new ArrayList<>();
        int fellBack = translation.fallbacks().size();
        if (fellBack > 0) {
            warnings.add(fellBack + (fellBack == 1 ? " message fell" : " messages fell") + " back to the source text");
        }
        int fuzzy = translation.fuzzyPrinted();
        if (fuzzy > 0) {
            warnings.add("proof: " + fuzzy + " fuzzy translation" + (fuzzy == 1 ? "" : "s") + " printed; every page is marked as a proof");
        }
        return warnings;
    }
}
