/**
 * Printer preflight: reads a finished PDF back and reports what a printer's prepress desk would
 * reject or query, before the file is sent.
 *
 * <p>{@link press.aurora.preflight.Preflight} is the entry point: it opens one PDF, runs every
 * {@code PreflightCheck} on it and returns {@link press.aurora.preflight.PreflightFinding}s,
 * sorted by page. Findings of several files are gathered in a
 * {@link press.aurora.preflight.PreflightReport} and written as text or JSON by
 * {@link press.aurora.preflight.PreflightReportFormatter}. What the edition expects (trim size,
 * bleed, page multiple, whether PDF/X print-file rules apply) comes in as
 * {@link press.aurora.preflight.PreflightExpectations}.
 *
 * <p>Each check is one small package-private class with one job and its own check ids. Problems
 * in the PDF are findings, never exceptions: an unreadable file is an {@code unreadable-pdf}
 * finding, a check that cannot finish is a {@code check-failed} finding. The checks that read what the pages
 * paint ({@code ContentCheck}s: missing glyphs, colour spaces, ink, image resolution) watch one run of each page's
 * content stream together ({@code ContentScan}), each through its own {@code ContentWatcher}.
 *
 * <p>This package depends on PDFBox and the JDK only. It must not depend on the CLI, the build
 * pipeline, the configuration records or FOP: it checks any PDF, however it was made.
 */
package press.aurora.preflight;
