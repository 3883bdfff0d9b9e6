package press.aurora.translate;

import press.aurora.diag.JsonString;

import java.util.List;
import java.util.Locale;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.Severity;
import press.aurora.diag.SourcePosition;

/**
 * {@code aurora check --format json}: the report as one JSON object. The shape is documented in
 * README-translations.md and is stable: fields are only ever added.
 */
public final class TranslationReportJson {

    private TranslationReportJson() {
    }

    public static String format(TranslationReport report) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"issue\": ").append(string(report.issueId())).append(",\n");
        out.append("  \"minCompleteness\": ").append(decimal(report.minCompleteness())).append(",\n");
        out.append("  \"passed\": ").append(report.passes()).append(",\n");
        out.append("  \"languages\": [");
        List<LanguageReport> languages = report.languages();
        for (int i = 0; i < languages.size(); i++) {
            language(out, languages.get(i), report.minCompleteness());
            out.append(i + 1 < languages.size() ? "," : "\n  ");
        }
        return out.append("]\n}\n").toString();
    }

    private static void language(StringBuilder out, LanguageReport language, double minimum) {
        out.append("\n    {\n");
        out.append("      \"language\": ").append(string(language.language())).append(",\n");
        out.append("      \"completeness\": ").append(decimal(language.messages().percent())).append(",\n");
        out.append("      \"passed\": ").append(language.passes(minimum)).append(",\n");
        out.append("      \"errors\": ").append(language.count(Severity.ERROR)).append(",\n");
        out.append("      \"warnings\": ").append(language.count(Severity.WARNING)).append(",\n");
        out.append("      \"messages\": ").append(counts(language.messages())).append(",\n");
        out.append("      \"words\": ").append(counts(language.words())).append(",\n");
        out.append("      \"files\": [");
        for (int i = 0; i < language.files().size(); i++) {
            FileReport file = language.files().get(i);
            out.append("\n        {\"file\": ").append(string(SourcePosition.displayPath(file.file())))
                    .append(", \"name\": ").append(string(file.name()))
                    .append(", \"exists\": ").append(file.exists())
                    .append(", \"completeness\": ").append(decimal(file.messages().percent()))
                    .append(", \"messages\": ").append(counts(file.messages()))
                    .append(", \"words\": ").append(counts(file.words())).append('}')
                    .append(i + 1 < language.files().size() ? "," : "\n      ");
        }
        out.append("],\n");
        out.append("      \"diagnostics\": [");
        List<Diagnostic> diagnostics = language.diagnostics();
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            out.append("\n        {\"file\": ").append(string(SourcePosition.displayPath(d.position().file())))
                    .append(", \"line\": ").append(d.position().line())
                    .append(", \"severity\": ").append(string(d.severity().label()))
                    .append(", \"check\": ").append(string(d.code()))
                    .append(", \"message\": ").append(string(d.message())).append('}')
                    .append(i + 1 < diagnostics.size() ? "," : "\n      ");
        }
        out.append("]\n    }");
    }

    private static String counts(Counts c) {
        return "{\"total\": " + c.total() + ", \"translated\": " + c.translated() + ", \"fuzzy\": " + c.fuzzy()
                + ", \"untranslated\": " + c.untranslated() + ", \"obsolete\": " + c.obsolete() + ", \"toTranslate\": "
                + c.toDo() + "}";
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String string(String text) {
        return JsonString.quote(text);
    }
}
