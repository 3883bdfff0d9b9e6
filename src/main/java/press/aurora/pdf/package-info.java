/**
 * PDF production and reading back: FOP rendering configured once ({@link press.aurora.pdf.PdfRenderer}),
 * printer marks added with PDFBox, page-fit measurement from the text positions of the rendered file,
 * and contact sheets for previews.
 */
package press.aurora.pdf;
