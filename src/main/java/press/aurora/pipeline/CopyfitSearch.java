package press.aurora.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import press.aurora.config.Copyfit;
import press.aurora.config.CopyfitLimits;
import press.aurora.fo.LayoutChoices;
import press.aurora.pdf.PageFit;

/**
 * Finds the smallest change that makes an edition fill its pages: a page count within its range,
 * how many reserve articles to print, whether the back-page box takes a page of its own, and a
 * copyfit level within the limits. The passes are bounded: one rendering as designed with every
 * reserve article, an estimate from what it measured, then at most {@link #CORRECTIONS} corrective
 * renderings (and one more when a headline ends up stranded at the foot of a page).
 */
final class CopyfitSearch {

    /** Corrective renderings after the estimate. */
    static final int CORRECTIONS = 2;
    /** Aim this far (in pages) above the target and below the foot of the last page, so that a small error of the estimate still fits. */
    private static final double MARGIN = 0.02;

    /** Renders an edition as planned and measures it. */
    interface Renderer {
        Trial render(Plan plan) throws IOException;
    }

    /** One rendering and how it fits; discarded when the search keeps another. */
    interface Trial {
        Plan plan();

        PageFit fit();

        /** Articles whose headline stands at the foot of a page (to start on the next page). */
        List<String> strandedHeadlines();

        void discard() throws IOException;
    }

    /** A page count and the layout choices for it. */
    record Plan(int pages, LayoutChoices choices) {
    }

    /** The rendering kept, and how many renderings the search made. */
    record Result(Trial trial, int renderings, boolean fits) {
    }

    private final CopyfitLimits limits;
    private final List<Integer> pageCounts;
    private final List<String> reserve;
    private final List<String> printOrder;

    /**
     * @param pageCounts the page counts allowed, fewest first
     * @param reserve    the reserve articles' ids in print order
     * @param printOrder every article printed before the back-page box, in order (reserve included)
     */
    CopyfitSearch(CopyfitLimits limits, List<Integer> pageCounts, List<String> reserve, List<String> printOrder) {
        this.limits = limits;
        this.pageCounts = List.copyOf(pageCounts);
        this.reserve = List.copyOf(reserve);
        this.printOrder = List.copyOf(printOrder);
    }

    Result search(Renderer renderer) throws IOException {
        List<Trial> trials = new ArrayList<>();
        try {
            Trial kept = search(renderer, trials);
            discardAllBut(kept, trials);
            return new Result(kept, trials.size(), acceptable(kept));
        } catch (IOException | RuntimeException e) {
            discardAllBut(null, trials);
            throw e;
        }
    }

    private Trial search(Renderer renderer, List<Trial> trials) throws IOException {
        int most = pageCounts.get(pageCounts.size() - 1);
        Trial base = renderer.render(new Plan(most, LayoutChoices.of(limits.design(), reserve.size())));
        trials.add(base);
        Measure measure = Measure.of(base.fit(), reserve, printOrder);
        Trial current = base;
        for (int pass = 0; pass <= CORRECTIONS && !fitsTarget(current); pass++) {
            Plan next = best(measure, trials);
            if (trials.stream().anyMatch(t -> t.plan().equals(next))) {
                break;
            }
            current = renderer.render(next);
            trials.add(current);
        }
        // when nothing within the limits fits, the edition is printed as designed and the report says so
        Trial kept = trials.stream().allMatch(t -> t.fit().overflows()) ? base
                : trials.stream().min(Comparator.comparingDouble(this::badness)).orElseThrow();
        if (!kept.strandedHeadlines().isEmpty()) {
            Trial moved = renderer.render(new Plan(kept.plan().pages(), kept.plan().choices().withNewPageArticles(union(kept))));
            trials.add(moved);
            if (!moved.fit().overflows() || kept.fit().overflows()) {
                kept = moved;
            }
        }
        return kept;
    }

    private static void discardAllBut(Trial kept, List<Trial> trials) throws IOException {
        for (Trial trial : trials) {
            if (trial != kept) {
                trial.discard();
            }
        }
    }

    private static List<String> union(Trial trial) {
        List<String> all = new ArrayList<>(trial.plan().choices().newPageArticles());
        trial.strandedHeadlines().stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }

    private boolean fitsTarget(Trial trial) {
        return shortfall(trial) <= 0 && !trial.fit().overflows();
    }

    /** Fits its pages, fills them to the target, and no headline stands at the foot of a page. */
    boolean acceptable(Trial trial) {
        return trial.strandedHeadlines().isEmpty() && shortfall(trial) <= 0 && !trial.fit().overflows();
    }

    /** How far a rendering is from acceptable: 0 when it is; an overflow is worse than any shortfall. */
    private double badness(Trial trial) {
        PageFit fit = trial.fit();
        if (fit.overflows()) {
            return 100 + fit.end() - fit.pagesAllowed();
        }
        return Math.max(0, shortfall(trial)) + (trial.strandedHeadlines().isEmpty() ? 0 : 0.01);
    }

    private double shortfall(Trial trial) {
        return shortfall(trial, limits.targetFillPercent());
    }

    /** Pages of text missing for the last page of text to reach {@code targetPercent} (negative: to spare). */
    static double shortfall(Trial trial, int targetPercent) {
        return low(trial.plan(), targetPercent) - end(trial);
    }

    /** Where the text of a rendering ends: before the back page when that stands alone. */
    private static double end(Trial trial) {
        return trial.plan().choices().backPageAlone() ? trial.fit().endBeforeLastPage() : trial.fit().end();
    }

    /** The least the text must reach for a plan: the target fill of its last page of text. */
    private double low(Plan plan) {
        return low(plan, limits.targetFillPercent());
    }

    private static double low(Plan plan, int targetPercent) {
        int lastTextPage = plan.choices().backPageAlone() ? plan.pages() - 1 : plan.pages();
        return lastTextPage - 1 + targetPercent / 100.0;
    }

    private double high(Plan plan) {
        return plan.choices().backPageAlone() ? plan.pages() - 1 : plan.pages();
    }

    /** The plan estimated best: smallest page count, then smallest change, more reserve, box in the text. */
    private Plan best(Measure measure, List<Trial> trials) {
        Plan best = null;
        double[] bestKey = null;
        for (int pages : pageCounts) {
            for (int used = reserve.size(); used >= 0; used--) {
                for (boolean alone : new boolean[] {false, true}) {
                    if (alone && pages < 2) {
                        continue;
                    }
                    for (int level = 0; Math.abs(level) <= limits.steps(); level = level > 0 ? -level : -level + 1) {
                        Plan plan = new Plan(pages, new LayoutChoices(limits.at(level), used, alone, List.of()));
                        double end = estimate(measure, plan) + correction(measure, plan, trials);
                        double miss = Math.max(0, low(plan) + MARGIN - end) + 10 * Math.max(0, end - (high(plan) - MARGIN));
                        double[] key = {miss, pages, Math.abs(level), -used, alone ? 1 : 0, level};
                        if (bestKey == null || compare(key, bestKey) < 0) {
                            best = plan;
                            bestKey = key;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * What the renderings so far say about the estimate of a plan: the error measured for the same
     * reserve and back page, interpolated between the levels rendered (0 when none was).
     */
    private double correction(Measure measure, Plan plan, List<Trial> trials) {
        TreeMap<Integer, Double> errors = new TreeMap<>();
        for (Trial trial : trials) {
            LayoutChoices done = trial.plan().choices();
            if (done.reserveUsed() == plan.choices().reserveUsed() && done.backPageAlone() == plan.choices().backPageAlone()) {
                errors.put(done.copyfit().level(), end(trial) - estimate(measure, trial.plan()));
            }
        }
        int level = plan.choices().copyfit().level();
        Map.Entry<Integer, Double> below = errors.floorEntry(level);
        Map.Entry<Integer, Double> above = errors.ceilingEntry(level);
        if (below == null && above == null) {
            return 0;
        } else if (below == null || above == null || below.getKey().equals(above.getKey())) {
            return (below != null ? below : above).getValue();
        }
        double share = (level - below.getKey()) / (double) (above.getKey() - below.getKey());
        return below.getValue() + share * (above.getValue() - below.getValue());
    }

    private static int compare(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(Math.round(a[i] * 1000) / 1000.0, Math.round(b[i] * 1000) / 1000.0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Where the text of a plan would end, estimated from the measure of the first rendering. */
    private double estimate(Measure measure, Plan plan) {
        double text = measure.textBefore(plan.choices().reserveUsed());
        double scalable = Math.max(0, text - measure.fixed());
        double end = measure.fixed() + scalable * growth(plan.choices().copyfit());
        return plan.choices().backPageAlone() ? end : end + measure.box();
    }

    /** How much more room the body takes at a copyfit than as designed: type size times leading. */
    private double growth(Copyfit copyfit) {
        Copyfit design = limits.design();
        return copyfit.bodySizePt() * copyfit.bodyLeadingPt() / (design.bodySizePt() * design.bodyLeadingPt());
    }

    /**
     * What the first rendering measured, in pages from the top of page 1: where the first article
     * starts (above it nothing changes with the copyfit), where the back-page box starts, its
     * height, and the length of each reserve article.
     */
    record Measure(double fixed, double boxStart, double box, List<Double> reserveLengths) {

        /** A box this near the top of a page was pushed there: the text before it ends on the page before. */
        private static final double TOP_OF_PAGE = 0.06;

        static Measure of(PageFit fit, List<String> reserve, List<String> printOrder) {
            double boxStart = fit.backBoxPosition() >= 0 ? fit.backBoxPosition() : fit.end();
            double box = Math.max(0, fit.end() - boxStart);
            int boxPage = (int) Math.floor(boxStart) + 1;
            if (boxStart - (boxPage - 1) < TOP_OF_PAGE && boxPage > 1) {
                boxStart = boxPage - 2 + fit.fillPercent(boxPage - 1) / 100.0;
            }
            List<Double> lengths = new ArrayList<>();
            for (String id : reserve) {
                double start = fit.position(id);
                int index = printOrder.indexOf(id);
                double next = printOrder.subList(index + 1, printOrder.size()).stream().mapToDouble(fit::position)
                        .filter(p -> p >= 0).findFirst().orElse(boxStart);
                lengths.add(start < 0 ? 0 : Math.max(0, next - start));
            }
            double fixed = printOrder.isEmpty() ? 0 : Math.max(0, fit.position(printOrder.get(0)));
            return new Measure(fixed, boxStart, box, lengths);
        }

        /** The text before the back-page box when the first {@code used} reserve articles are printed. */
        double textBefore(int used) {
            double text = boxStart;
            for (int i = used; i < reserveLengths.size(); i++) {
                text -= reserveLengths.get(i);
            }
            return text;
        }
    }
}
