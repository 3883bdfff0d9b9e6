package press.aurora.translate.check;

import java.util.List;
import press.aurora.diag.Diagnostic;

/**
 * One quality check of a translated message. Each has a stable kebab-case id, printed in brackets after the
 * message, and reports with the PO file and line ({@code file:line: severity: message [id]}). Errors stop
 * {@code aurora check} (exit 1); warnings are for the translator to look at.
 */
public interface TranslationCheck {

    String id();

    List<Diagnostic> check(TranslationUnit unit);
}
