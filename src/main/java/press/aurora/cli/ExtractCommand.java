package press.aurora.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.IssueReader;
import press.aurora.model.Issue;
import press.aurora.pipeline.Workspace;
import press.aurora.translate.Extraction;
import press.aurora.translate.LanguageCode;
import press.aurora.translate.TranslationsLayout;
import press.aurora.translate.po.PoStatistics;

/** {@code aurora extract}: writes the translation templates of an issue and updates every language's PO files. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Write the translation templates and update every language's PO files from them.",
        description = {"Write the translation templates (translations/templates/) of an issue and of the interface strings,",
                "and update every language's PO files with msgmerge semantics: unchanged messages keep their translation,",
                "changed ones come back fuzzy with the old text as #| msgid, vanished ones become obsolete (#~)."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ISSUE",
            description = "Issue id under issues/, or an issue folder; default: the newest issue.")
    String issue;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG",
            description = "Also create the PO files of this language (a gettext code such as fa, de, tr, pt_BR); repeatable.")
    List<String> languages = new ArrayList<>();

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String language : languages) {
            LanguageCode.problem(language).ifPresent(problem -> {
                throw new UsageException(problem);
            });
        }
        Workspace workspace = Workspace.current();
        var folder = workspace.issueFolder(issue);
        Issue parsed = IssueReader.read(folder);
        InterfaceStrings strings = InterfaceStrings.loadSource(workspace.styles().resolve(InterfaceStrings.FILE_NAME));
        TranslationsLayout layout = TranslationsLayout.forIssue(folder, workspace.translations());
        Extraction.Outcome outcome = Extraction.run(parsed, strings, layout, languages, SourceDateEpoch.now());
        List<Extraction.FileResult> results = outcome.files();
        PrintWriter out = spec.commandLine().getOut();
        int written = 0;
        for (Extraction.FileResult result : results) {
            String status = result.created() ? "created" : result.changed() ? "updated" : "unchanged";
            written += result.changed() ? 1 : 0;
            out.printf("%-9s %s  %s%n", status, SourcePosition.displayPath(result.file()), counts(result));
        }
        out.printf("%d of %d files written%n", written, results.size());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        outcome.skipped().forEach(err::println);
        err.flush();
        return outcome.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String counts(Extraction.FileResult result) {
        PoStatistics s = result.statistics();
        if (result.language() == null) {
            return s.total() + " messages";
        }
        return s.translated() + " translated, " + s.fuzzy() + " fuzzy, " + s.untranslated() + " untranslated, "
                + s.obsolete() + " obsolete";
    }
}
