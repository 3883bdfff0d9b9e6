package press.aurora.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import press.aurora.config.ArticleRef;
import press.aurora.config.IssueConfig;
import press.aurora.config.IssueConfigLoader;
import press.aurora.model.Article;
import press.aurora.model.Issue;

/** Reads an issue folder: issue.yaml and every article it lists, in print order. */
public final class IssueReader {

    private IssueReader() {
    }

    public static Issue read(Path folder) {
        return read(folder, warning -> { });
    }

    /** Reads the issue; {@code warnings} hears what is printed differently from how it is written (e.g. flattened nesting). */
    public static Issue read(Path folder, java.util.function.Consumer<press.aurora.diag.Diagnostic> warnings) {
        IssueConfigLoader.requireIssueFolder(folder);
        IssueConfig config = IssueConfigLoader.load(folder);
        List<Article> articles = new ArrayList<>();
        for (ArticleRef ref : config.articles()) {
            articles.add(ArticleReader.read(ref, folder, warnings));
        }
        return new Issue(config, articles);
    }
}
