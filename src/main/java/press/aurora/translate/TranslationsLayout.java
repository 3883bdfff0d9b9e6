package press.aurora.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/**
 * Where translation files live, under one {@code translations/} folder:
 *
 * <pre>
 * translations/glossary.yaml                          names that are never translated
 * translations/templates/strings.pot                  the layout's interface strings (from styles/strings.yaml)
 * translations/templates/&lt;issue-id&gt;/&lt;article&gt;.pot    one template per article
 * translations/&lt;lang&gt;/strings.po
 * translations/&lt;lang&gt;/&lt;issue-id&gt;/&lt;article&gt;.po
 * </pre>
 *
 * <p>Which {@code translations/} folder belongs to an issue: the one next to the issue's {@code issues/}
 * folder ({@code <root>/issues/<id>} uses {@code <root>/translations}), so a copy of a repository, or an issue
 * folder given by path, finds its own translations; an issue folder that is not inside an {@code issues/}
 * folder uses the workspace's {@code translations/}. References ({@code #:}) are written relative to the
 * folder that holds {@code translations/}.
 */
public record TranslationsLayout(Path root) {

    public static final String FOLDER = "translations";
    public static final String TEMPLATES = "templates";
    public static final String STRINGS = "strings";
    public static final String GLOSSARY = "glossary.yaml";

    public TranslationsLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The translations of an issue folder; {@code workspaceTranslations} when the issue is not in an issues/ folder. */
    public static TranslationsLayout forIssue(Path issueFolder, Path workspaceTranslations) {
        Path parent = issueFolder.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("issues")
                && parent.getParent() != null) {
            return new TranslationsLayout(parent.getParent().resolve(FOLDER));
        }
        return new TranslationsLayout(workspaceTranslations);
    }

    /** The folder that holds translations/: references are relative to it. */
    public Path projectRoot() {
        return root.getParent();
    }

    public Path template(String issueId, String articleId) {
        return root.resolve(TEMPLATES).resolve(issueId).resolve(articleId + ".pot");
    }

    public Path catalog(String language, String issueId, String articleId) {
        return root.resolve(language).resolve(issueId).resolve(articleId + ".po");
    }

    /** The PO files in a language's folder of an issue, sorted; none when the folder does not exist. */
    public List<Path> catalogs(String language, String issueId) {
        Path folder = root.resolve(language).resolve(issueId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".po") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(folder), "unreadable-file", "cannot list PO files: " + e.getMessage());
        }
    }

    public Path stringsTemplate() {
        return root.resolve(TEMPLATES).resolve(STRINGS + ".pot");
    }

    public Path strings(String language) {
        return root.resolve(language).resolve(STRINGS + ".po");
    }

    public Path glossary() {
        return root.resolve(GLOSSARY);
    }

    /** The language folders (every folder but templates/), sorted. */
    public List<String> languages() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(TEMPLATES) && !name.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(root), "unreadable-file", "cannot list languages: " + e.getMessage());
        }
    }

    /** {@code issues/2017-11/about.md:12}: the position relative to the project root, with forward slashes. */
    public String reference(SourcePosition position) {
        Path file = position.file().toAbsolutePath().normalize();
        Path base = projectRoot();
        String path = base != null && file.startsWith(base) ? base.relativize(file).toString() : file.toString();
        path = path.replace('\\', '/').replace(' ', '_');
        return position.line() > 0 ? path + ":" + position.line() : path;
    }
}
