/**
 * The quality checks of {@code aurora check}, one class per check behind
 * {@link press.aurora.translate.check.TranslationCheck}, each with a stable kebab-case id: {@code po-syntax} (and the
 * reader's {@code po-escape}, {@code po-duplicate}, {@code po-plural}, {@code po-header}), {@code markdown-parity},
 * {@code placeholder-kept}, {@code glossary}, {@code length-ratio}, {@code french-spacing}, {@code icu-pattern},
 * {@code identical-source}. A check reads one translated entry and returns diagnostics with the PO file and line;
 * it has no other input than its settings and never touches the file system.
 */
package press.aurora.translate.check;
