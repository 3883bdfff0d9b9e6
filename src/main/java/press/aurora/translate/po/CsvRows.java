package press.aurora.translate.po;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a small CSV table with a header line, as RFC 4180 writes it: fields separated by commas, a field
 * in double quotes may hold commas, line breaks and {@code ""} for a quote; lines end with LF or CRLF. A line
 * starting with {@code #} is a comment and skipped (Weblate's {@code aliases.csv} has such lines), and so is an
 * empty line.
 *
 * <p>Written for {@link LanguageData}, whose three files are read by every command that meets a language code:
 * Jackson's CSV module did the same in 0.15 s of CPU, most of it loading and setting up its own classes
 * ({@code CsvRowsTest} holds the two to the same rows on the three files).
 */
final class CsvRows {

    private final String text;
    private final String name;
    private int pos;
    private int line = 1;

    private CsvRows(String text, String name) {
        this.text = text;
        this.name = name;
    }

    /**
     * Each row after the header as column name → field, in the header's order.
     *
     * @param name the table's name, for the message when a row does not have the header's number of fields
     * @throws IllegalArgumentException when a row has more or fewer fields than the header, or a quoted field is
     *                                  not closed or has text after its closing quote
     */
    static List<Map<String, String>> read(String text, String name) {
        return new CsvRows(text, name).rows();
    }

    private List<Map<String, String>> rows() {
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        while (pos < text.length()) {
            char first = text.charAt(pos);
            if (first == '#' || first == '\n' || first == '\r') {
                skipLine();
                continue;
            }
            int rowLine = line;
            List<String> fields = fields();
            if (header == null) {
                header = fields;
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(name + " line " + rowLine + ": " + fields.size() + " fields where the header has "
                        + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The fields of the row at pos, which is left at the start of the next line. */
    private List<String> fields() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else if (c == '\n' || c == '\r') {
                skipLine();
                return fields;
            } else {
                throw new IllegalArgumentException(name + " line " + line + ": text after a quoted field's closing quote");
            }
        }
    }

    /** A field without quotes, up to the next comma or line end. */
    private String plain() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** A field in double quotes; pos is left after the closing quote. */
    private String quoted() {
        int openedOn = line;
        StringBuilder field = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c != '"') {
                if (c == '\n') {
                    line++;
                }
                field.append(c);
            } else if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
            } else {
                return field.toString();
            }
        }
        throw new IllegalArgumentException(name + " line " + openedOn + ": quoted field without its closing quote");
    }

    /** Moves pos past the end of the current line. */
    private void skipLine() {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
        line++;
    }
}
