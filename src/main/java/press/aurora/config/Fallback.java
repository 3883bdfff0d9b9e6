package press.aurora.config;

/** What an edition does when a message has no finished translation. */
public enum Fallback {
    /** The edition fails, listing every missing message with its file and line. */
    FAIL,
    /** The source text is printed, and the build says how many messages fell back. */
    SOURCE;

    public static Fallback parse(String text) {
        return switch (text.strip()) {
            case "fail" -> FAIL;
            case "source" -> SOURCE;
            default -> null;
        };
    }
}
