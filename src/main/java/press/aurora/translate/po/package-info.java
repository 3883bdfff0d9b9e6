/**
 * Gettext PO catalogues: a strict reader, a deterministic writer and the small model between them.
 *
 * <p>{@link press.aurora.translate.po.PoReader} turns PO text into a {@link press.aurora.translate.po.PoFile}
 * and collects {@link press.aurora.translate.po.PoProblem}s with their 1-based line instead of throwing;
 * {@link press.aurora.translate.po.PoWriter} writes a {@code PoFile} the way {@code msgcat --no-wrap} does,
 * so that reading and writing again is byte-identical. {@link press.aurora.translate.po.PoStatistics} counts
 * messages as {@code msgfmt --statistics} does and {@link press.aurora.translate.po.PluralForms} knows the
 * {@code Plural-Forms} header {@code msginit} writes.
 *
 * <p>The package works on text only: no file system, no clock, no third-party PO library. It must not
 * depend on the document model, the Markdown reader or any rendering stage.
 */
package press.aurora.translate.po;
