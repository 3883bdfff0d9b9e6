package press.aurora.pack;

import press.aurora.diag.JsonString;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON from strings, numbers, booleans, lists and (ordered) maps, indented by two spaces:
 * all the manifest needs, without a JSON library.
 */
final class Json {

    private Json() {
    }

    /** {@code value} as a JSON document, ending with a newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                throw new IllegalArgumentException("JSON has no " + number);
            }
            out.append(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof Map<?, ?> object) {
            object(object, out, indent);
        } else if (value instanceof List<?> array) {
            array(array, out, indent);
        } else {
            throw new IllegalArgumentException("cannot write " + (value == null ? "null" : value.getClass()) + " as JSON");
        }
    }

    private static void object(Map<?, ?> object, StringBuilder out, String indent) {
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        boolean first = true;
        for (Map.Entry<?, ?> member : object.entrySet()) {
            out.append(first ? "" : ",\n").append(inner);
            string((String) member.getKey(), out);
            out.append(": ");
            write(member.getValue(), out, inner);
            first = false;
        }
        out.append('\n').append(indent).append('}');
    }

    private static void array(List<?> array, StringBuilder out, String indent) {
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + "  ";
        out.append("[\n");
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "" : ",\n").append(inner);
            write(array.get(i), out, inner);
        }
        out.append('\n').append(indent).append(']');
    }

    /** A quoted string, escaped per RFC 8259. */
    static void string(String value, StringBuilder out) {
        JsonString.append(value, out);
    }
}
