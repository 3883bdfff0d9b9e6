package press.aurora.pipeline;

import press.aurora.config.Edition;
import press.aurora.config.Ink;
import press.aurora.image.PressProfiles;
import press.aurora.preflight.PreflightExpectations;

/** What the printer checks in an edition's print file: trim size, bleed, page multiple, image resolution, ink limit and inks. */
public final class PrintExpectations {

    private PrintExpectations() {
    }

    public static PreflightExpectations of(Edition edition) {
        return PreflightExpectations.printFile(edition.paper().widthMm(), edition.paper().heightMm())
                .withMinBleedMm(edition.print().bleedMm())
                .withPageMultiple(edition.pageMultiple())
                .withImagePpi(edition.print().minPpi(), edition.print().errorPpi())
                .withMaxInk(PressProfiles.maxInkPercent(edition))
                .withBlackOnly(edition.print().ink() == Ink.BLACK);
    }
}
