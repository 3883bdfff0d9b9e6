package press.aurora.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import press.aurora.io.PartialFile;
import press.aurora.pdf.PageFit;

/**
 * What a build wrote beside an output ({@code .uk.pdf.build}): the fingerprint of its inputs, the
 * SHA-256 of the PDF it wrote, how the edition fit its pages, the pages allowed and the copyfit used, and
 * the warnings it had, so that a later build can skip the edition and still print its line and warnings.
 * The {@code allowed} and {@code copyfit} lines are left out when the build did not fit the edition.
 *
 * <pre>
 * aurora-build 2
 * fingerprint 3b1f…
 * pdf 9c0d…
 * fit 2 2 90 0
 * allowed 2
 * copyfit body 8.8/11.2 pt as designed
 * warning under-full: fills 3 of 4 pages
 * </pre>
 *
 * @param summary the pages allowed and the copyfit; null when the build did not say
 */
public record BuildRecord(String fingerprint, String pdfDigest, PageFit fit, FitSummary summary, List<String> warnings) {

    private static final String HEADER = "aurora-build 2";

    public BuildRecord {
        warnings = List.copyOf(warnings);
    }

    /** Where the record of {@code pdf} is kept: a hidden file beside it. */
    public static Path fileFor(Path pdf) {
        return pdf.resolveSibling("." + pdf.getFileName() + ".build");
    }

    /** The record beside {@code pdf}; empty when there is none, it cannot be read, or an older program wrote it. */
    public static Optional<BuildRecord> read(Path pdf) {
        Path file = fileFor(pdf);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String[] fit = value(lines.get(3), "fit").split(" ");
            Map<String, String> fitting = new HashMap<>();
            List<String> warnings = new ArrayList<>();
            for (String line : lines.subList(4, lines.size())) {
                if (line.startsWith("warning ")) {
                    warnings.add(value(line, "warning"));
                } else {
                    String key = line.substring(0, Math.max(0, line.indexOf(' ')));
                    fitting.put(key, value(line, key));
                }
            }
            FitSummary summary = fitting.containsKey("allowed") ? new FitSummary(fitting.get("allowed"), fitting.get("copyfit")) : null;
            return Optional.of(new BuildRecord(value(lines.get(1), "fingerprint"), value(lines.get(2), "pdf"),
                    new PageFit(Integer.parseInt(fit[0]), Integer.parseInt(fit[1]), Integer.parseInt(fit[2]), List.of(),
                            Integer.parseInt(fit[3]), List.of(), -1), summary, warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record only costs a rebuild
        }
    }

    /** Writes the record beside {@code pdf}, whole or not at all. */
    public void writeFor(Path pdf) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("fingerprint ").append(fingerprint).append('\n')
                .append("pdf ").append(pdfDigest).append('\n')
                .append("fit ").append(fit.pagesUsed()).append(' ').append(fit.pagesAllowed()).append(' ')
                .append(fit.lastPageFillPercent()).append(' ').append(fit.linesOver()).append('\n');
        if (summary != null) {
            text.append("allowed ").append(summary.pagesAllowed()).append('\n').append("copyfit ").append(summary.copyfit()).append('\n');
        }
        warnings.forEach(w -> text.append("warning ").append(w.replace('\n', ' ')).append('\n'));
        PartialFile.write(fileFor(pdf), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Deletes the record beside {@code pdf}, if any. */
    public static void deleteFor(Path pdf) throws IOException {
        Path record = fileFor(pdf);
        if (Files.exists(record, java.nio.file.LinkOption.NOFOLLOW_LINKS)) { // not there when its folder cannot be
            Files.delete(record);
        }
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new IllegalArgumentException("expected " + key);
        }
        return line.substring(key.length() + 1);
    }
}
