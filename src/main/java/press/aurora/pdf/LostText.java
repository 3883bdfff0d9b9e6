package press.aurora.pdf;

/** A message whose text is not all in the PDF: the message and its words from the first one missing. */
public record LostText(ExpectedText expected, String missingFrom) {
}
