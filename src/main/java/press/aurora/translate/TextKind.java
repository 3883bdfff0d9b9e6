package press.aurora.translate;

import java.util.Locale;

/** What kind of text a message is: its place in the article, as translators read it in the {@code #.} comment. */
public enum TextKind {
    TITLE("front matter title", true),
    KICKER("front matter kicker", true),
    STANDFIRST("front matter standfirst", false),
    HEADING("heading", true),
    PARAGRAPH("paragraph", false),
    LIST_ITEM("list item", false),
    BLOCK_QUOTE("block quote", false),
    TABLE_CELL("table cell", false),
    FOOTNOTE("footnote", false),
    PULL_QUOTE("pull quote", true),
    SIDEBAR("sidebar", false),
    SIDEBAR_TITLE("sidebar title", true),
    IMAGE_ALT("image alt text", false),
    IMAGE_CAPTION("image caption", false),
    IMAGE_CREDIT("image credit", false),
    /** A pattern of the layout's interface strings (styles/strings.yaml). */
    INTERFACE_STRING("interface string", false);

    private final String label;
    private final boolean headline;

    TextKind(String label, boolean headline) {
        this.label = label;
        this.headline = headline;
    }

    /** How the role comment starts, e.g. "heading" in "heading 2". */
    public String label() {
        return label;
    }

    /** Titles, kickers and headings: set large in narrow measures, so length matters more. */
    public boolean isHeadline() {
        return headline;
    }

    /** The msgctxt given when the same text has two roles in one file: "title", "heading", "table-cell". */
    public String context() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind whose role comment this is, or null. */
    public static TextKind ofRole(String role) {
        TextKind best = null;
        for (TextKind kind : values()) {
            if (role.startsWith(kind.label) && (best == null || kind.label.length() > best.label.length())) {
                best = kind;
            }
        }
        return best;
    }
}
