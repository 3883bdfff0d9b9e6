package press.aurora.pack;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to package: one issue's editions, written to {@code <outputRoot>/<issueId>/print/}.
 *
 * @param issueId        the issue's id, such as {@code 2017-11}
 * @param outputRoot     the build's output folder
 * @param editions       the editions, in the order the manifest lists them; ids unique
 * @param buildTime      when the build ran, written to the manifest (to the second) and as the zip entries' time
 * @param programVersion the version of Aurora that built the files
 */
public record PackageRequest(String issueId, Path outputRoot, List<PackagedEdition> editions, Instant buildTime,
                             String programVersion) {

    private static final Pattern ISSUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public PackageRequest {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(buildTime, "buildTime");
        Objects.requireNonNull(programVersion, "programVersion");
        editions = List.copyOf(editions);
        if (!ISSUE_ID.matcher(issueId).matches() || issueId.contains("..")) {
            throw new IllegalArgumentException("issue id must be letters, digits, ., - and _, was '" + issueId + "'");
        }
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("a print package needs at least one edition");
        }
        Set<String> ids = new HashSet<>();
        Path folder = outputRoot.resolve(issueId).resolve("print").toAbsolutePath().normalize();
        for (PackagedEdition edition : editions) {
            if (!ids.add(edition.editionId())) {
                throw new IllegalArgumentException("edition " + edition.editionId() + " is listed twice");
            }
            // the package replaces and removes files in its folder: a source there could be lost
            if (edition.pdf().toAbsolutePath().normalize().startsWith(folder)) {
                throw new IllegalArgumentException("edition " + edition.editionId() + ": the print PDF "
                        + edition.pdf() + " is inside the package folder " + folder);
            }
        }
        if (programVersion.isBlank()) {
            throw new IllegalArgumentException("program version must be given");
        }
    }

    /** {@code <outputRoot>/<issueId>/print}. */
    public Path folder() {
        return outputRoot.resolve(issueId).resolve("print");
    }
}
