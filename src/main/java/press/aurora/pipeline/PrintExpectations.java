package press.aurora.pipeline;

import press.aurora.config.Edition;
import press.aurora.preflight.PreflightExpectations;

/** What the printer checks in an edition's print file: its trim size, bleed and page multiple. */
public final class PrintExpectations {

    private PrintExpectations() {
    }

    public static PreflightExpectations of(Edition edition) {
        return PreflightExpectations.printFile(edition.paper().widthMm(), edition.paper().heightMm())
                .withMinBleedMm(edition.print().bleedMm())
                .withPageMultiple(edition.pageMultiple());
    }
}
