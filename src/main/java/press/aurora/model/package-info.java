/**
 * The document model: an issue, its articles, blocks and inlines, as immutable records, every text with
 * its Markdown (the msgid translators see) and its source position. Transforms (translation, locale
 * typography) are functions from model to model through {@link press.aurora.model.TextMapper}.
 * Depends on nothing but {@code config} (article roles) and {@code diag} (positions).
 */
package press.aurora.model;
