package press.aurora.translate;

import java.util.List;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.Severity;
import press.aurora.diag.SourcePosition;
import press.aurora.io.Json;

/**
 * {@code aurora check --format json}: the report as one JSON object, written by {@link Json}. The shape is
 * documented in docs/translations.md and is stable: fields are only ever added.
 */
public final class TranslationReportJson {

    private TranslationReportJson() {
    }

    private record ReportJson(String issue, double minCompleteness, boolean passed, List<LanguageJson> languages) {
    }

    private record LanguageJson(String language, double completeness, boolean passed, long errors, long warnings,
                                CountsJson messages, CountsJson words, List<FileJson> files, List<DiagnosticJson> diagnostics) {
    }

    private record FileJson(String file, String name, boolean exists, double completeness, CountsJson messages, CountsJson words) {
    }

    private record CountsJson(int total, int translated, int fuzzy, int untranslated, int obsolete, int toTranslate) {
    }

    private record DiagnosticJson(String file, int line, String severity, String check, String message) {
    }

    public static String format(TranslationReport report) {
        return Json.write(new ReportJson(report.issueId(), report.minCompleteness(), report.passes(),
                report.languages().stream().map(l -> language(l, report.minCompleteness())).toList()));
    }

    private static LanguageJson language(LanguageReport language, double minimum) {
        return new LanguageJson(language.language(), language.messages().percent(), language.passes(minimum),
                language.count(Severity.ERROR), language.count(Severity.WARNING), counts(language.messages()),
                counts(language.words()), language.files().stream().map(TranslationReportJson::file).toList(),
                language.diagnostics().stream().map(TranslationReportJson::diagnostic).toList());
    }

    private static FileJson file(FileReport file) {
        return new FileJson(SourcePosition.displayPath(file.file()), file.name(), file.exists(), file.messages().percent(),
                counts(file.messages()), counts(file.words()));
    }

    private static DiagnosticJson diagnostic(Diagnostic d) {
        return new DiagnosticJson(SourcePosition.displayPath(d.position().file()), d.position().line(), d.severity().label(),
                d.code(), d.message());
    }

    private static CountsJson counts(Counts c) {
        return new CountsJson(c.total(), c.translated(), c.fuzzy(), c.untranslated(), c.obsolete(), c.toDo());
    }
}
