package press.aurora.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where an article goes in the paper. */
public enum ArticleRole {
    /** The main article: its headline opens page 1 under the masthead. */
    LEAD,
    /** Any further article. */
    ARTICLE,
    /** The letters column, on the last pages. */
    LETTERS,
    /** The about/subscription box on the back page, with the edition's contacts. */
    ABOUT,
    /** Material printed, in order, only while it fits: a further letter page, a notice, an advertisement. */
    RESERVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ArticleRole::id).collect(Collectors.joining(", "));
    }

    public static ArticleRole parse(String text) {
        for (ArticleRole role : values()) {
            if (role.id().equals(text)) {
                return role;
            }
        }
        return null;
    }
}
