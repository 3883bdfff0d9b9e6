package press.aurora.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import press.aurora.diag.ContentException;

/** Reads {@code issues/<id>/issue.yaml} strictly and checks that every listed article file exists. */
public final class IssueConfigLoader {

    public static final String FILE_NAME = "issue.yaml";
    private static final Set<String> KEYS = Set.of("number", "date", "source-language", "articles");
    private static final Set<String> ARTICLE_KEYS = Set.of("file", "role");

    private IssueConfigLoader() {
    }

    public static IssueConfig load(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        YamlMap yaml = YamlMap.read(file).allowOnly(KEYS);
        int number = yaml.integer("number");
        LocalDate date = date(yaml);
        String language = yaml.string("source-language");
        List<ArticleRef> articles = new ArrayList<>();
        for (YamlMap entry : yaml.maps("articles")) {
            articles.add(article(folder, entry.allowOnly(ARTICLE_KEYS)));
        }
        if (articles.isEmpty()) {
            throw yaml.error("articles", "an issue needs at least one article");
        }
        return new IssueConfig(folder.getFileName().toString(), folder, number, date, language, articles);
    }

    private static LocalDate date(YamlMap yaml) {
        String text = yaml.string("date");
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw yaml.error("date", "'date' must be a date written YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static ArticleRef article(Path folder, YamlMap entry) {
        String name = entry.string("file");
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw entry.error("file", "article file '" + name + "' must be inside the issue folder");
        }
        if (!Files.isRegularFile(file)) {
            throw entry.error("file", "article file not found: " + name);
        }
        String roleText = entry.string("role", ArticleRole.ARTICLE.id());
        ArticleRole role = ArticleRole.parse(roleText);
        if (role == null) {
            throw entry.error("role", "unknown role '" + roleText + "' (allowed: " + ArticleRole.allowed() + ")");
        }
        return new ArticleRef(file, role, entry.position("file"));
    }

    /** Throws when the folder has no issue.yaml, naming it. */
    public static void requireIssueFolder(Path folder) {
        if (!Files.isRegularFile(folder.resolve(FILE_NAME))) {
            throw ContentException.at(press.aurora.diag.SourcePosition.of(folder.resolve(FILE_NAME)),
                    "missing-file", "not an issue folder: " + FILE_NAME + " not found");
        }
    }
}
