package press.aurora.fo;

import java.nio.file.Path;
import java.util.Map;
import press.aurora.diag.SourcePosition;
import press.aurora.model.Block;

/**
 * The image file each figure of an edition prints, per variant, prepared before the XML is written
 * (see {@code image.ImagePreparer}); figures are known by their source position. A figure with no
 * prepared file prints its original image.
 */
public record FigureFiles(Map<SourcePosition, Path> print, Map<SourcePosition, Path> screen) {

    /** Every figure prints its original image (tests of the layout alone). */
    public static final FigureFiles ORIGINALS = new FigureFiles(Map.of(), Map.of());

    public FigureFiles {
        print = Map.copyOf(print);
        screen = Map.copyOf(screen);
    }

    String printUri(Block.Figure figure) {
        return print.getOrDefault(figure.position(), figure.image().path()).toUri().toString();
    }

    String screenUri(Block.Figure figure) {
        return screen.getOrDefault(figure.position(), figure.image().path()).toUri().toString();
    }
}
