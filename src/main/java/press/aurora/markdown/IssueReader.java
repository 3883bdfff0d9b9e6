package press.aurora.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import press.aurora.config.ArticleRef;
import press.aurora.config.IssueConfig;
import press.aurora.config.IssueConfigLoader;
import press.aurora.diag.Diagnostic;
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
        return new Issue(config, articles);
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
