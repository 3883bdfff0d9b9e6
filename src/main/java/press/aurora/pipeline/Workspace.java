package press.aurora.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import press.aurora.config.IssueConfigLoader;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/** The folders of an Aurora repository: issues/, styles/, translations/, and where output goes. */
public record Workspace(Path root) {

    /** The repository the launcher runs from (system property aurora.home), else the working directory. */
    public static Workspace current() {
        String home = System.getProperty("aurora.home");
        return new Workspace((home == null || home.isBlank() ? Path.of("") : Path.of(home)).toAbsolutePath());
    }

    public Path issues() {
        return root.resolve("issues");
    }

    public Path styles() {
        return root.resolve("styles");
    }

    public Path translations() {
        return root.resolve("translations");
    }

    public Path defaultOutput() {
        return root.resolve("out");
    }

    /** An issue id under issues/, or a folder path; null or blank means the newest issue. */
    public Path issueFolder(String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            return newestIssue();
        }
        Path byId = issues().resolve(idOrPath);
        Path folder = Files.isDirectory(byId) && !idOrPath.contains("/") ? byId : Path.of(idOrPath).toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw ContentException.at(SourcePosition.of(folder), "unknown-issue",
                    "no issue '" + idOrPath + "': give an issue id under issues/ (" + String.join(", ", issueIds()) + ") or a folder");
        }
        return folder.normalize();
    }

    /** The issue folders under issues/, sorted by id; the newest is last. */
    public List<String> issueIds() {
        if (!Files.isDirectory(issues())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(issues())) {
            return children.filter(p -> Files.isRegularFile(p.resolve(IssueConfigLoader.FILE_NAME)))
                    .map(p -> p.getFileName().toString()).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(issues()), "unreadable-file", "cannot list issues: " + e.getMessage());
        }
    }

    private Path newestIssue() {
        List<String> ids = issueIds();
        if (ids.isEmpty()) {
            throw ContentException.at(SourcePosition.of(issues()), "unknown-issue",
                    "no issue found: create issues/<id>/" + IssueConfigLoader.FILE_NAME);
        }
        return issues().resolve(ids.get(ids.size() - 1));
    }
}
