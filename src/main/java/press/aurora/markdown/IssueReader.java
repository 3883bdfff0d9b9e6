package press.aurora.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import press.aurora.config.ArticleRef;
import press.aurora.config.IssueConfig;
import press.aurora.config.IssueConfigLoader;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.io.HiddenFiles;
import press.aurora.model.Article;
import press.aurora.model.Issue;

/**
 * Reads an issue folder: issue.yaml and every article it lists, in print order. The articles are read at once,
 * on every core; what the reader reports is told in print order, as if they were read one by one: the warnings
 * of each article, and the first problem that stops the issue.
 */
public final class IssueReader {

    /** One article as read on its own: the article, or the problem that stopped it, and its warnings in order. */
    private record ArticleRead(Article article, RuntimeException problem, List<Diagnostic> warnings) {
    }

    private IssueReader() {
    }

    public static Issue read(Path folder) {
        return read(folder, warning -> { });
    }

    /** Reads the issue; {@code warnings} hears what is printed differently from how it is written (e.g. flattened nesting). */
    public static Issue read(Path folder, Consumer<Diagnostic> warnings) {
        IssueConfigLoader.requireIssueFolder(folder);
        IssueConfig config = IssueConfigLoader.load(folder);
        List<ArticleRead> reads = config.articles().parallelStream().map(ref -> read(ref, folder)).toList();
        List<Article> articles = new ArrayList<>();
        for (ArticleRead read : reads) {
            read.warnings().forEach(warnings);
            if (read.problem() != null) {
                throw read.problem();
            }
            articles.add(read.article());
        }
        unlisted(folder, config).forEach(file -> warnings.accept(Diagnostic.warning("unlisted", SourcePosition.of(file),
                "this article is not listed under 'articles' in issue.yaml, so it is not printed; list it with a role"
                        + " (lead, article, letters, about or reserve), or move it out of the issue folder")));
        return new Issue(config, articles);
    }

    /** The Markdown files of the issue folder (hidden ones aside) that issue.yaml does not list, in name order. */
    private static List<Path> unlisted(Path folder, IssueConfig config) {
        Set<Path> listed = config.articles().stream().map(ref -> folder.resolve(ref.file()).toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md") && Files.isRegularFile(file))
                    .filter(file -> !HiddenFiles.isHidden(folder, file) && !listed.contains(file.toAbsolutePath().normalize()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleRead read(ArticleRef ref, Path folder) {
        List<Diagnostic> warnings = new ArrayList<>();
        try {
            return new ArticleRead(ArticleReader.read(ref, folder, warnings::add), null, warnings);
        } catch (RuntimeException e) {
            return new ArticleRead(null, e, warnings);
        }
    }
}
