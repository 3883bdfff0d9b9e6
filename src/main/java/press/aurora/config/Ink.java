package press.aurora.config;

import java.util.Locale;

/** The inks an edition is printed with: the four process colours, or black alone. */
public enum Ink {
    CMYK, BLACK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ink named in editions.yaml, or null. */
    public static Ink parse(String text) {
        for (Ink ink : values()) {
            if (ink.id().equals(text)) {
                return ink;
            }
        }
        return null;
    }
}
