package press.aurora.translate;

import java.util.Locale;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.Severity;
import press.aurora.diag.SourcePosition;

/**
 * {@code aurora check}'s text output: a table of every file per language (messages and source words by state,
 * the words still to translate, completeness), then each problem as {@code file:line: severity: message [id]},
 * then one verdict line per language.
 */
public final class TranslationReportText {

    private static final String ROW = "%-5s %-46s %8s %6s %6s %6s %6s %7s %7s %9s%n";

    private TranslationReportText() {
    }

    public static String format(TranslationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Translations of issue %s (minimum completeness %s%%)%n%n", report.issueId(),
                number(report.minCompleteness())));
        out.append(String.format(Locale.ROOT, ROW, "LANG", "FILE", "MESSAGES", "DONE", "FUZZY", "UNTR", "OBS", "WORDS", "TO DO",
                "COMPLETE"));
        for (LanguageReport language : report.languages()) {
            for (FileReport file : language.files()) {
                row(out, language.language(), SourcePosition.displayPath(file.file()) + (file.exists() ? "" : " (missing)"),
                        file.messages(), file.words());
            }
            row(out, language.language(), "all files", language.messages(), language.words());
        }
        out.append('\n');
        for (LanguageReport language : report.languages()) {
            for (Diagnostic diagnostic : language.diagnostics()) {
                out.append(diagnostic).append('\n');
            }
        }
        for (LanguageReport language : report.languages()) {
            long errors = language.count(Severity.ERROR);
            long warnings = language.count(Severity.WARNING);
            boolean passes = language.passes(report.minCompleteness());
            out.append(String.format(Locale.ROOT, "%s: %s%% translated (%d of %d messages, %d of %d words to translate), %d %s, %d %s: %s%n",
                    language.language(), number(language.messages().percent()), language.messages().translated(),
                    language.messages().total(), language.words().toDo(), language.words().total(), errors,
                    errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
                    passes ? "ok" : "FAILED" + (language.messages().meets(report.minCompleteness()) ? ""
                            : " (below " + number(report.minCompleteness()) + "%)")));
        }
        return out.toString();
    }

    /** One line of the table, as {@link #ROW} lays it out (written out: a report has a row per PO file). */
    private static void row(StringBuilder out, String language, String file, Counts messages, Counts words) {
        left(out, language, 5);
        left(out.append(' '), file, 46);
        right(out.append(' '), String.valueOf(messages.total()), 8);
        right(out.append(' '), String.valueOf(messages.translated()), 6);
        right(out.append(' '), String.valueOf(messages.fuzzy()), 6);
        right(out.append(' '), String.valueOf(messages.untranslated()), 6);
        right(out.append(' '), String.valueOf(messages.obsolete()), 6);
        right(out.append(' '), String.valueOf(words.total()), 7);
        right(out.append(' '), String.valueOf(words.toDo()), 7);
        right(out.append(' '), number(messages.percent()) + "%", 9);
        out.append(System.lineSeparator());
    }

    /** {@code %-Ns}: the text, then spaces up to {@code width} characters. */
    private static void left(StringBuilder out, String text, int width) {
        out.append(text).append(" ".repeat(Math.max(0, width - text.length())));
    }

    /** {@code %Ns}: spaces up to {@code width} characters, then the text. */
    private static void right(StringBuilder out, String text, int width) {
        out.append(" ".repeat(Math.max(0, width - text.length()))).append(text);
    }

    static String number(double value) {
        if (value == Math.rint(value) && value >= 100 && value < 1e15) {
            return Long.toString((long) value); // what %.0f writes for a whole number
        }
        return value == Math.rint(value) && value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
