/**
 * From the model to XSL-FO: {@link press.aurora.fo.ModelXmlWriter} writes an edition as XML, and
 * {@link press.aurora.fo.FoStylesheet} runs the page design of styles/broadsheet.xsl on it (compiled
 * once with Saxon, parameters per edition). Knows nothing of FOP or PDF.
 */
package press.aurora.fo;
