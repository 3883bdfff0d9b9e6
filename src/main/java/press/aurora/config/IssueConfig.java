package press.aurora.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** issue.yaml: the issue's number, date, source language and articles in print order. */
public record IssueConfig(String id, Path folder, int number, LocalDate date, String sourceLanguage,
                          List<ArticleRef> articles) {

    public IssueConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("an issue needs at least one article");
        }
    }
}
