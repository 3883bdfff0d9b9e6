/**
 * Reading articles: {@link press.aurora.markdown.MarkdownDialect} is the one Flexmark setup, used by
 * reading and by message extraction alike; the readers adapt its AST to the model and refuse what cannot
 * be printed, with the file and line. Must not depend on translation, layout or PDF.
 */
package press.aurora.markdown;
