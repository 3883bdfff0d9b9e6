package press.aurora.preflight;

import java.io.IOException;
import java.util.List;

/**
 * A check that reads what the pages' content streams paint. Such checks watch one run of the pages together
 * ({@link ContentScan}): each stream is parsed once for all of them, not once per check.
 */
interface ContentCheck extends PreflightCheck {

    /** What watches {@code pdf}'s pages for this check; {@code null} when the check does not concern this PDF. */
    ContentWatcher watcher(CheckedPdf pdf);

    /** This check alone: a run of the pages with its watcher only. */
    @Override
    default List<PreflightFinding> check(CheckedPdf pdf) throws IOException {
        return ContentScan.run(pdf, List.of(this)).get(0).findings();
    }
}
