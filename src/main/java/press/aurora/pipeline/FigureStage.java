package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.aurora.config.Edition;
import press.aurora.config.Ink;
import press.aurora.config.PageGeometry;
import press.aurora.config.PrintSettings;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.fo.FigureFiles;
import press.aurora.image.FigureSizing;
import press.aurora.image.ImagePreparer;
import press.aurora.image.ImageTarget;
import press.aurora.image.PressProfiles;
import press.aurora.image.TruncatedImageException;
import press.aurora.model.Article;
import press.aurora.model.Block;
import press.aurora.model.Issue;
import press.aurora.pdf.Variant;

/**
 * Before anything is rendered: each figure's effective resolution at the size the layout gives it
 * (too low is a warning, far too low an error, at the figure's line), then its image prepared for
 * every variant being built (colour converted for the press, made smaller when it has more than
 * twice the pixels the press can use) and handed to FOP as the only image files it may read.
 */
final class FigureStage {

    static final String RESOLUTION = "image-resolution";
    /** Images with more than this many times the target resolution are made smaller. */
    static final int DOWNSAMPLE_ABOVE = 2;

    private final ImagePreparer preparer;
    private final BuildResources resources;

    FigureStage(BuildResources resources, Path cache) {
        this.resources = resources;
        this.preparer = new ImagePreparer(cache);
    }

    /** The prepared files, and the warnings about resolution. */
    record Prepared(FigureFiles files, List<String> warnings) {
    }

    Prepared prepare(Issue issue, Edition edition, List<Variant> variants) {
        PageGeometry page = PageGeometry.of(edition.paper());
        PrintSettings print = edition.print();
        Map<SourcePosition, Path> printFiles = new HashMap<>();
        Map<SourcePosition, Path> screenFiles = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Block.Figure figure : figures(issue)) {
            FigureSizing.PlacedSize size = FigureSizing.of(figure.width(), figure.image(), page);
            if (!figure.image().isVector()) {
                checkResolution(figure, size, print, edition).ifPresent(warnings::add);
            }
            int maxWidth = Math.min(figure.image().widthPx() == 0 ? Integer.MAX_VALUE : figure.image().widthPx(),
                    size.pixelsFor(print.targetPpi()));
            boolean downsample = figure.image().widthPx() > size.pixelsFor(print.targetPpi() * DOWNSAMPLE_ABOVE);
            int width = downsample ? maxWidth : Math.max(1, figure.image().widthPx());
            for (Variant variant : variants) {
                ImageTarget target = new ImageTarget(output(edition, variant), print.iccProfile(),
                        PressProfiles.maxInkPercent(edition), width);
                Path file = prepare(figure, target);
                resources.renderer().hand(file);
                (variant == Variant.PRINT ? printFiles : screenFiles).put(figure.position(), file);
            }
        }
        return new Prepared(new FigureFiles(printFiles, screenFiles), warnings);
    }

    private Path prepare(Block.Figure figure, ImageTarget target) {
        try {
            return preparer.prepare(figure.image(), target);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
            throw new ContentException(Diagnostic.error("image", figure.position(), "cannot prepare image "
                    + SourcePosition.displayPath(figure.image().path()) + " for print: " + reason
                    + (e instanceof TruncatedImageException ? "; send the whole file again" : "; save it again as JPEG or PNG")), e);
        }
    }

    private static ImageTarget.Output output(Edition edition, Variant variant) {
        if (variant == Variant.SCREEN) {
            return ImageTarget.Output.SCREEN;
        }
        return edition.print().ink() == Ink.BLACK ? ImageTarget.Output.BLACK : ImageTarget.Output.CMYK;
    }

    private static java.util.Optional<String> checkResolution(Block.Figure figure, FigureSizing.PlacedSize size,
                                                              PrintSettings print, Edition edition) {
        int ppi = size.ppi(figure.image().widthPx());
        String where = String.format(java.util.Locale.ROOT, "image %s is %d px wide: %d ppi at %.0f mm in edition %s",
                SourcePosition.displayPath(figure.image().path()), figure.image().widthPx(), ppi, size.widthMm(), edition.id());
        String advice = "; send at least " + size.pixelsFor(print.minPpi()) + " px wide (" + size.pixelsFor(print.targetPpi())
                + " px is ideal), or print it narrower";
        if (ppi < print.errorPpi()) {
            throw new ContentException(Diagnostic.error(RESOLUTION, figure.position(),
                    where + ", below the minimum of " + print.errorPpi() + " ppi" + advice));
        }
        if (ppi < print.minPpi()) {
            return java.util.Optional.of(Diagnostic.warning(RESOLUTION, figure.position(),
                    where + ", below the recommended " + print.minPpi() + " ppi" + advice).toString());
        }
        return java.util.Optional.empty();
    }

    static List<Block.Figure> figures(Issue issue) {
        List<Block.Figure> figures = new ArrayList<>();
        for (Article article : issue.articles()) {
            collect(article.body(), figures);
        }
        return figures;
    }

    private static void collect(List<Block> blocks, List<Block.Figure> figures) {
        for (Block block : blocks) {
            if (block instanceof Block.Figure figure) {
                figures.add(figure);
            } else if (block instanceof Block.BlockQuote quote) {
                collect(quote.blocks(), figures);
            } else if (block instanceof Block.Sidebar sidebar) {
                collect(sidebar.blocks(), figures);
            } else if (block instanceof Block.ListBlock list) {
                list.items().forEach(item -> collect(item.blocks(), figures));
            }
        }
    }
}
