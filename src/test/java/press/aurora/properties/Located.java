package press.aurora.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import press.aurora.testing.CliRun;

/** What every run of the command line must be on any input: done, or failed with located diagnostics. */
final class Located {

    /** {@code file:line[:column]: error: message [code]}. */
    static final Pattern DIAGNOSTIC = Pattern.compile("^\\S.*:\\d+(:\\d+)?: error: .+ \\[[a-z0-9-]+\\]$");

    /**
     * An edition that does not fit its pages (a random catalog can make a translation much longer): not one
     * line's fault, so it names the edition, the pages it needs and, where it can, the first article past the limit.
     */
    static final Pattern OVERFLOW = Pattern.compile(
            "^\\S+ +edition \\S+ overflows its \\d+-page limit: needs \\d+ pages, .*$");

    private Located() {
    }

    /**
     * Exit 0, or exit 1 with at least one located error line (or an edition's overflow, naming its article);
     * never a usage or internal error, never a stack trace.
     */
    static void assertDoneOrLocated(CliRun run, String input) {
        String context = run.err() + "\n--- input ---\n" + input;
        assertThat(run.exitCode()).as(context).isIn(0, 1);
        assertThat(run.err()).as(context).doesNotContain("internal error", "Exception", "\tat ");
        if (run.exitCode() == 1) {
            assertThat(run.err().lines().anyMatch(l -> DIAGNOSTIC.matcher(l).matches() || OVERFLOW.matcher(l).matches()))
                    .as(context).isTrue();
        }
    }
}
