package press.aurora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.InterfaceStrings;
import press.aurora.io.PartialFile;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.pipeline.Workspace;
import press.aurora.translate.Extraction;
import press.aurora.translate.LanguageCode;
import press.aurora.translate.LanguageReport;
import press.aurora.translate.TranslationChecker;
import press.aurora.translate.TranslationReport;
import press.aurora.translate.TranslationReportHtml;
import press.aurora.translate.TranslationReportJson;
import press.aurora.translate.TranslationReportText;
import press.aurora.translate.TranslationsLayout;
import press.aurora.translate.check.CheckSettings;
import press.aurora.translate.check.Glossary;

/** {@code aurora check}: completeness and quality of each language's translation of an issue. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Report how complete each language's translation is, and every problem in its PO files.",
        description = {"Report, per language and per PO file, messages and words translated, fuzzy, untranslated and obsolete,",
                "then every problem as file:line: severity: message [check-id].",
                "Exit 0 when every language checked is at least --min-completeness translated and has no error, 1 otherwise, 2 for usage errors."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Parameters(index = "0", arity = "0..1", paramLabel = "ISSUE",
            description = "Issue id under issues/, or an issue folder; default: the newest issue.")
    String issue;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", description = "Language to check (repeatable); default: every language under translations/.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default), json, or html: the translators' status page, one self-contained file.")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--min-completeness", paramLabel = "PCT", description = "Least share of translated messages, in percent (default: 100).")
    double minCompleteness = 100;

    @Option(names = "--length-ratio", paramLabel = "RATIO", description = "Warn when a translation is longer than RATIO times its source (default: 1.6).")
    double lengthRatio = CheckSettings.DEFAULT.lengthRatio();

    @Option(names = "--headline-length-ratio", paramLabel = "RATIO", description = "The same for titles, kickers and headings (default: 1.4).")
    double headlineLengthRatio = CheckSettings.DEFAULT.headlineLengthRatio();

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    /** One language checked: its report, or the problem that kept it from being checked. */
    private record Checked(LanguageReport report, Diagnostic problem) {
    }

    @Override
    public Integer call() {
        if (!(minCompleteness >= 0 && minCompleteness <= 100)) {
            throw new UsageException("--min-completeness must be a percentage from 0 to 100, not " + minCompleteness);
        }
        if (!(lengthRatio >= 1) || !(headlineLengthRatio >= 1)) {
            throw new UsageException("length ratios must be at least 1");
        }
        Workspace workspace = Workspace.current();
        Path folder = workspace.issueFolder(issue);
        TranslationsLayout layout = TranslationsLayout.forIssue(folder, workspace.translations());
        List<String> available = layout.languages();
        List<String> selected = languages.isEmpty() ? available : languages;
        for (String language : selected) {
            if (!available.contains(language)) {
                throw new UsageException("no translations for '" + language + "' in " + layout.root() + " (languages: "
                        + (available.isEmpty() ? "none" : String.join(", ", available))
                        + "); create them with 'aurora extract --lang " + language + "'");
            }
        }
        Issue parsed = IssueReader.read(folder);
        InterfaceStrings strings = InterfaceStrings.loadSource(workspace.styles().resolve(InterfaceStrings.FILE_NAME));
        TranslationChecker checker = TranslationChecker.standard(Glossary.read(layout.glossary()),
                new CheckSettings(lengthRatio, headlineLengthRatio));
        List<LanguageReport> reports = new ArrayList<>();
        List<Diagnostic> skipped = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String language : selected.stream().distinct().toList()) {
            Optional<String> problem = LanguageCode.problem(language);
            if (problem.isPresent()) {
                skipped.add(Diagnostic.error(Extraction.UNKNOWN_LANGUAGE, SourcePosition.of(layout.root().resolve(language)),
                        problem.get() + "; skipped"));
            } else {
                checked.add(language);
            }
        }
        // The languages are independent: checked at once (in their order in the report), on every core.
        List<Checked> results = checked.parallelStream().map(language -> {
            try {
                return new Checked(checker.check(language, parsed, strings, layout), null);
            } catch (ContentException e) {
                return new Checked(null, e.diagnostic());
            }
        }).toList();
        for (Checked result : results) {
            if (result.report() != null) {
                reports.add(result.report());
            } else {
                skipped.add(result.problem());
            }
        }
        TranslationReport report = new TranslationReport(parsed.id(), minCompleteness, reports);
        String text = switch (format) {
            case text -> TranslationReportText.format(report);
            case json -> TranslationReportJson.format(report);
            case html -> TranslationReportHtml.format(report);
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            write(output, text);
        }
        PrintWriter err = spec.commandLine().getErr();
        skipped.forEach(err::println);
        err.flush();
        return report.passes() && skipped.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PartialFile.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(file), "unwritable-file", "cannot write the report: " + e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + SourcePosition.displayPath(file));
        spec.commandLine().getOut().flush();
    }
}
