package press.aurora.pdf;

import java.util.ArrayList;
import java.util.List;

/** Reads a rendered edition back and measures how it fits its pages. */
public final class PageFitAnalyzer {

    private final double footerMm;
    private final double topMarginMm;
    private final double columnWidthPt;

    /**
     * @param footerMm      the zone at the bottom of the page that holds the running footer
     * @param topMarginMm   the page's top margin, where the body starts
     * @param columnWidthPt the width of one body column, to count lines per column
     */
    public PageFitAnalyzer(double footerMm, double topMarginMm, double columnWidthPt) {
        this.footerMm = footerMm;
        this.topMarginMm = topMarginMm;
        this.columnWidthPt = columnWidthPt;
    }

    /**
     * @param backBoxWords the first words of the back-page box (the about article's title, or the
     *                     contacts' title), to find where it starts
     */
    public PageFit analyze(PdfTextLayout layout, int pagesAllowed, List<ArticleProbe> probes, String backBoxWords) {
        List<PdfTextLayout.PageText> pages = layout.pages();
        List<ArticleSpan> spans = new ArrayList<>();
        for (ArticleProbe probe : probes) {
            int first = firstPageWith(pages, probe.headlineWords());
            int depth = first == 0 ? 0 : depthPercent(pages.get(first - 1), firstWords(probe.headlineWords()));
            spans.add(new ArticleSpan(probe.articleId(), first, lastPageWith(pages, probe.closingWords()), depth));
        }
        int linesOver = 0;
        for (int page = pagesAllowed; page < pages.size(); page++) {
            linesOver += pages.get(page).lineCount(footerMm, columnWidthPt);
        }
        List<Integer> fills = pages.stream().map(this::fillPercent).toList();
        return new PageFit(pages.size(), pagesAllowed, fills.get(fills.size() - 1), spans, linesOver, fills,
                backBoxPosition(pages, backBoxWords));
    }

    /** The back-page box is the last thing printed: where its first words stand on the last page that has them. */
    private double backBoxPosition(List<PdfTextLayout.PageText> pages, String words) {
        int page = lastPageWith(pages, words);
        if (page == 0 || words.isBlank()) {
            return -1;
        }
        return page - 1 + depthPercent(pages.get(page - 1), firstWords(words)) / 100.0;
    }

    /** A headline may wrap: its first line holds at least its first three words. */
    private static String firstWords(String words) {
        String[] all = words.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(all, Math.min(3, all.length)));
    }

    private int depthPercent(PdfTextLayout.PageText page, String words) {
        double y = page.depthOf(words);
        return y < 0 ? 0 : percentOfBody(page, y);
    }

    private int fillPercent(PdfTextLayout.PageText page) {
        return percentOfBody(page, page.lowestBaseline(footerMm));
    }

    private int percentOfBody(PdfTextLayout.PageText page, double y) {
        double top = topMarginMm * 72 / 25.4;
        double bottom = page.height() - footerMm * 72 / 25.4;
        double fill = (y - top) / (bottom - top);
        return (int) Math.round(Math.max(0, Math.min(1, fill)) * 100);
    }

    private static int firstPageWith(List<PdfTextLayout.PageText> pages, String words) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).words().contains(words)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int lastPageWith(List<PdfTextLayout.PageText> pages, String words) {
        for (int i = pages.size() - 1; i >= 0; i--) {
            if (pages.get(i).words().contains(words)) {
                return i + 1;
            }
        }
        return 0;
    }
}
