/**
 * Translation: message extraction (model to POT), catalogues per language (msgmerge semantics), the translator
 * (model to model) and the completeness and quality report.
 *
 * <p>{@link press.aurora.translate.MessageExtractor} walks the same model the layout prints, so what translators
 * see and what is printed cannot drift; {@link press.aurora.translate.Extraction} writes the templates and merges
 * every language's PO files ({@link press.aurora.translate.CatalogMerger}); {@link press.aurora.translate.Translator}
 * replaces each message by its finished translation and records every {@link press.aurora.translate.Fallback} with
 * its file and line; {@link press.aurora.translate.TranslationChecker} counts messages and words and runs the checks
 * of {@code press.aurora.translate.check}. Files live where {@link press.aurora.translate.TranslationsLayout} says.
 *
 * <p>Depends on the model, the Markdown dialect (to parse msgstr exactly as articles are parsed), the PO package and
 * ICU4J; never on the layout, the stylesheets or PDF rendering.
 */
package press.aurora.translate;
