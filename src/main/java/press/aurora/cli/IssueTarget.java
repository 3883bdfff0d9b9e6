package press.aurora.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.aurora.pdf.Variant;

/** The options shared by the commands that build an issue: which issue, which editions, where to, how many at once. */
public final class IssueTarget {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ISSUE",
            description = "Issue id under issues/, or an issue folder; default: the newest issue.")
    String issue;

    @Mixin
    EditionSelection editions;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: out/). Files go to DIR/<issue-id>/.")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Editions rendered at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Build every chosen edition, even those whose inputs did not change since they were built.")
    boolean force;

    IssueBuildRun run(List<Variant> variants, boolean keepFo, boolean strict, boolean allowFuzzy) {
        if (jobs < 1) {
            throw new UsageException("--jobs must be at least 1");
        }
        return new IssueBuildRun(issue, editions, out, variants, keepFo, strict, jobs, allowFuzzy, force);
    }
}
