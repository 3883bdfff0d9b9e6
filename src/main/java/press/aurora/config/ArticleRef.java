package press.aurora.config;

import java.nio.file.Path;
import java.util.Objects;
import press.aurora.diag.SourcePosition;

/** An article listed in issue.yaml: its Markdown file, its role, and where it was listed. */
public record ArticleRef(Path file, ArticleRole role, SourcePosition listedAt) {

    public ArticleRef {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(role, "role");
    }

    /** The article's id: its file name without {@code .md}. */
    public String id() {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
