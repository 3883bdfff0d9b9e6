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
        IssueConfigLoader.requireIssueFolder(folder);
        IssueConfig config = IssueConfigLoader.load(folder);
        List<Article> articles = new ArrayList<>();
        for (ArticleRef ref : config.articles()) {
            articles.add(ArticleReader.read(ref, folder));
        }
        return new Issue(config, articles);
    }
}
