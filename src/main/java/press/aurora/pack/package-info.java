/**
 * The print package: what goes to the printer for one issue, written to
 * {@code <out>/<issue-id>/print/}.
 *
 * <p>{@link press.aurora.pack.PrintPackage} copies each edition's finished print PDF in, preflights
 * the copy, and writes {@code manifest.json} (checksums, sizes, trim and bleed, PDF standard),
 * {@code preflight.txt} and {@code preflight.json}, and one {@code <edition-id>.zip} per edition
 * holding its PDF with its own manifest and preflight report.
 *
 * <p>Every file is written under a temporary name in the same folder and renamed into place when
 * complete. The folder holds exactly what the last run's manifest describes: an edition that fails
 * loses its old PDF and zip, files of editions not packaged this time are removed, and the manifest
 * is written last, so a folder without {@code manifest.json} is an unfinished run.
 *
 * <p>This package depends on the preflight package and the JDK (and PDFBox only to count pages). It
 * must not depend on the CLI, the build pipeline, FOP or the configuration records: the caller
 * says what each edition is.
 */
package press.aurora.pack;
