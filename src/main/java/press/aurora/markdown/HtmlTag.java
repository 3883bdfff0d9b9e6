package press.aurora.markdown;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One inline HTML tag as pasted text brings it ({@code <br>}, {@code <sup>1</sup>}, {@code <em>}), read as the
 * formatting it stands for. The tags printed are {@link #PRINTED}; their attributes are ignored. Any other tag
 * cannot be printed and is an error where it stands.
 */
record HtmlTag(String name, boolean closing, String written) {

    /** The tags that are printed, as the reader's error message lists them. */
    static final String PRINTED = "<br>, <em>, <i>, <strong>, <b>, <sup>, <sub>";

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s[^>]*)?/?>", Pattern.DOTALL);

    /** The tag in {@code html} (the text of one inline HTML node), or null when it is not a single tag. */
    static HtmlTag parse(String html) {
        Matcher m = TAG.matcher(html.strip());
        return m.matches() ? new HtmlTag(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty(), html.strip()) : null;
    }

    boolean isLineBreak() {
        return name.equals("br") && !closing;
    }

    /** A tag around text that is printed as its formatting: em, i, strong, b, sup, sub. */
    boolean isFormatting() {
        return switch (name) {
            case "em", "i", "strong", "b", "sup", "sub" -> true;
            default -> false;
        };
    }

    /** The opening tag of the same name, for a message about a closing tag. */
    String opening() {
        return "<" + name + ">";
    }

    String closingTag() {
        return "</" + name + ">";
    }
}
