package press.aurora.translate;

import java.util.List;

/** {@code aurora check}'s result for an issue: one report per language checked, against a minimum completeness. */
public record TranslationReport(String issueId, double minCompleteness, List<LanguageReport> languages) {

    public TranslationReport {
        languages = List.copyOf(languages);
    }

    public boolean passes() {
        return languages.stream().allMatch(l -> l.passes(minCompleteness));
    }
}
