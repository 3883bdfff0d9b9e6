package press.aurora.diag;

/** JSON string literals, escaped per RFC 8259: the one piece of JSON writing every report shares. */
public final class JsonString {

    private JsonString() {
    }

    /** {@code value} as a quoted JSON string. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        append(value, out);
        return out.toString();
    }

    /** Appends {@code value} as a quoted JSON string. */
    public static void append(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
