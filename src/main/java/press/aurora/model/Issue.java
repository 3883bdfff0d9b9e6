package press.aurora.model;

import java.util.List;
import java.util.Objects;
import press.aurora.config.IssueConfig;

/** A whole issue: its configuration and its articles in print order. */
public record Issue(IssueConfig config, List<Article> articles) {

    public Issue {
        Objects.requireNonNull(config, "config");
        articles = List.copyOf(articles);
    }

    public String id() {
        return config.id();
    }

    public Issue withArticles(List<Article> replaced) {
        return new Issue(config, replaced);
    }
}
