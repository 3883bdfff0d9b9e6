package press.aurora.pdf;

import java.time.Instant;

/** Document information written into each PDF. */
public record PdfMetadata(String title, String author, String subject, String keywords, Instant created) {
}
