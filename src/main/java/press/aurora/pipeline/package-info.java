/**
 * The ordered stages of a build and what they share: {@link press.aurora.pipeline.IssueBuilder} runs the
 * editions on a bounded pool, {@link press.aurora.pipeline.EditionBuilder} translates, localises, renders,
 * measures the page fit and preflights each variant, writing PDFs atomically.
 */
package press.aurora.pipeline;
