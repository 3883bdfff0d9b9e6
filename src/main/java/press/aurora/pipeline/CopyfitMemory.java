package press.aurora.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import press.aurora.config.CopyfitLimits;
import press.aurora.config.Edition;
import press.aurora.fo.LayoutChoices;
import press.aurora.io.PartialFile;

/**
 * Remembers the plan the copyfit search found for an edition under the fingerprint of everything that
 * shapes it ({@link Fingerprints}: the issue, the language's translations, styles, fonts, the edition,
 * the program), in {@code out/.cache/copyfit/<issue>/<edition>.plan}, so that a rebuild of the same
 * inputs ({@code --force}, or a file saved unchanged in {@code watch}) renders once instead of searching
 * again. The search is deterministic, so the plan recalled for a fingerprint is the plan a search would
 * find: the PDF does not depend on what was built before. Any other fingerprint searches afresh; a
 * record that cannot be read or written only costs a search.
 *
 * <pre>
 * aurora-copyfit 1
 * fingerprint 3b1f…
 * plan 4 5 0 false letters
 * </pre>
 * (pages, copyfit level, reserve articles used, back page alone, articles moved to a new page.)
 */
final class CopyfitMemory {

    /** Where plans are kept, under the output folder. */
    static final String FOLDER = ".cache/copyfit";
    private static final String HEADER = "aurora-copyfit 1";

    private final Path folder;

    /** @param folder the folder of plans, e.g. {@code out/.cache/copyfit/2017-11} */
    CopyfitMemory(Path folder) {
        this.folder = folder;
    }

    /** The plan found before for exactly these inputs; empty when there is none (or no fingerprint). */
    Optional<CopyfitSearch.Plan> recall(Edition edition, String fingerprint, CopyfitLimits limits, int reserveTotal) {
        Path file = fileFor(edition);
        if (fingerprint == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() != 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("fingerprint " + fingerprint)
                    || !lines.get(2).startsWith("plan ")) {
                return Optional.empty();
            }
            String[] plan = lines.get(2).substring(5).split(" ", 5);
            int pages = Integer.parseInt(plan[0]);
            int level = Integer.parseInt(plan[1]);
            int reserveUsed = Integer.parseInt(plan[2]);
            List<String> moved = plan.length < 5 ? List.of() : Arrays.asList(plan[4].split(","));
            if (!edition.pageCounts().contains(pages) || Math.abs(level) > limits.steps() || reserveUsed > reserveTotal) {
                return Optional.empty();
            }
            return Optional.of(new CopyfitSearch.Plan(pages,
                    new LayoutChoices(limits.at(level), reserveUsed, Boolean.parseBoolean(plan[3]), moved)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code plan} for these inputs, whole or not at all; a failure to keep it is not the build's. */
    void remember(Edition edition, String fingerprint, CopyfitSearch.Plan plan) {
        LayoutChoices choices = plan.choices();
        if (fingerprint == null || choices.newPageArticles().stream().anyMatch(id -> id.isEmpty() || id.matches(".*[,\\s].*"))) {
            return; // an id the record could not give back as it is
        }
        String text = HEADER + "\nfingerprint " + fingerprint + "\nplan " + plan.pages() + " " + choices.copyfit().level() + " "
                + choices.reserveUsed() + " " + choices.backPageAlone()
                + (choices.newPageArticles().isEmpty() ? "" : " " + String.join(",", choices.newPageArticles())) + "\n";
        try {
            Files.createDirectories(folder);
            PartialFile.write(fileFor(edition), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // the next build searches again
        }
    }

    private Path fileFor(Edition edition) {
        return folder.resolve(edition.id() + ".plan");
    }
}
