package press.aurora.translate.po;

import java.io.ByteArrayOutputStream;
import press.aurora.diag.CodePoints;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the quoted strings of one PO line, accepting exactly the escapes GNU msgfmt 0.21 accepts
 * ({@code po-lex.c}, checked on this machine): {@code \n \t \b \r \f \v \a \\ \"}, octal {@code \ooo}
 * (one to three digits) and hex {@code \xhh} (one or more digits). msgfmt rejects {@code \'} and
 * {@code \?} although C accepts them, so this decoder rejects them too.
 *
 * <p>Octal and hex escapes give bytes; consecutive escaped bytes are decoded as UTF-8. Stricter than msgfmt,
 * which accepts them silently: a raw control character inside a string, an escaped value above 0xFF and
 * escaped bytes that are not UTF-8 are problems.
 */
final class PoStringDecoder {
    private final String line;
    private final int lineNumber;
    private final PoProblems problems;
    private int pos;

    private final StringBuilder out = new StringBuilder();
    /** Escaped bytes not yet decoded: consecutive ones make one UTF-8 sequence. */
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    private boolean bytesPending;

    private PoStringDecoder(String line, int lineNumber, int start, PoProblems problems) {
        this.line = line;
        this.lineNumber = lineNumber;
        this.pos = start;
        this.problems = problems;
    }

    /**
     * Decodes the strings from {@code start} to the end of the line: one or more {@code "..."} separated by
     * white space. Problems are reported and what could be read is returned: an unterminated string up to
     * the end of the line, the strings before text outside a string, "" for a keyword without a string.
     */
    static String decodeStrings(String line, int lineNumber, int start, String owner, PoProblems problems) {
        String plain = plainString(line, start);
        return plain != null ? plain : decodeEveryString(line, lineNumber, start, owner, problems);
    }

    /** {@link #decodeStrings} without the shortcut of {@link #plainString}: for the test that holds the two together. */
    static String decodeEveryString(String line, int lineNumber, int start, String owner, PoProblems problems) {
        return new PoStringDecoder(line, lineNumber, start, problems).strings(owner);
    }

    /**
     * The common case at once: after white space, one string without escapes or characters to refuse, closed
     * and followed by nothing but white space, is its own text. Null for anything else (a second string, an
     * escape, a tab, a character {@link CodePoints#unprintable} refuses), which the decoder reads.
     */
    private static String plainString(String line, int start) {
        int open = start;
        while (open < line.length() && (line.charAt(open) == ' ' || line.charAt(open) == '\t')) {
            open++;
        }
        if (open >= line.length() || line.charAt(open) != '"') {
            return null;
        }
        int close = open + 1;
        while (close < line.length()) {
            char c = line.charAt(close);
            if (c == '"') {
                break;
            }
            if (c < 0x80) {
                if (!isPlainAscii(c)) {
                    return null;
                }
                close++;
            } else {
                int codePoint = line.codePointAt(close);
                if (CodePoints.unprintable(codePoint) != null) {
                    return null;
                }
                close += Character.charCount(codePoint);
            }
        }
        for (int i = close + 1; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return null;
            }
        }
        return close < line.length() ? line.substring(open + 1, close) : null;
    }

    /** A line that goes on after a string and ends in a quote most likely has a quotation mark typed inside the text. */
    private String unescapedQuoteHint() {
        String rest = line.substring(pos).stripTrailing();
        return rest.length() > 1 && rest.endsWith("\"") ? " (a \" inside the text ends the string: write it as \\\")" : "";
    }

    private String strings(String owner) {
        int count = 0;
        while (true) {
            skipWhitespace();
            if (pos >= line.length()) {
                break;
            }
            if (line.charAt(pos) != '"') {
                problems.add(lineNumber, PoCheck.SYNTAX, "text outside a string: " + quoteRest() + unescapedQuoteHint());
                break;
            }
            count++;
            if (!string()) {
                break;
            }
        }
        if (count == 0) {
            problems.add(lineNumber, PoCheck.SYNTAX, owner + " without a string");
        }
        return out.toString();
    }

    /** One {@code "..."} starting at pos; false, after reporting, when it is not terminated. */
    private boolean string() {
        pos++;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == '"') {
                flushBytes();
                pos++;
                return true;
            }
            if (c == '\\') {
                if (!escape()) {
                    break;
                }
                continue;
            }
            if (isPlainAscii(c)) {
                int end = pos + 1;
                while (end < line.length() && isPlainAscii(line.charAt(end))) {
                    end++;
                }
                flushBytes();
                out.append(line, pos, end);
                pos = end;
                continue;
            }
            int codePoint = line.codePointAt(pos);
            if (c == '\t') {
                problems.add(lineNumber, PoCheck.SYNTAX, "tab character inside a string; write it as \\t");
            } else {
                refuseUnprintable(codePoint, "the string holds");
            }
            flushBytes();
            out.appendCodePoint(codePoint);
            pos += Character.charCount(codePoint);
        }
        flushBytes();
        problems.add(lineNumber, PoCheck.SYNTAX, "unterminated string: end of line before the closing \"");
        return false;
    }

    /** The escape at pos (a backslash); false when the line ends after the backslash. */
    private boolean escape() {
        if (pos + 1 >= line.length()) {
            return false;
        }
        char e = line.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'n' -> appendChar('\n');
            case 't' -> appendChar('\t');
            case 'r' -> appendChar('\r');
            case 'b' -> appendEscaped('\b', "\\b");
            case 'f' -> appendEscaped('\f', "\\f");
            case 'v' -> appendEscaped('\u000b', "\\v");
            case 'a' -> appendEscaped('\u0007', "\\a");
            case '\\', '"' -> appendChar(e);
            case '0', '1', '2', '3', '4', '5', '6', '7' -> octal(e);
            case 'x' -> hex();
            default -> {
                problems.add(lineNumber, PoCheck.ESCAPE, "invalid escape sequence \\" + e
                        + "; msgfmt accepts \\n \\t \\r \\a \\b \\f \\v \\\\ \\\" \\ooo and \\xhh");
                appendChar(e);
            }
        }
        return true;
    }

    private void octal(char first) {
        int start = pos - 2;
        int value = first - '0';
        for (int digits = 1; digits < 3 && pos < line.length() && isOctal(line.charAt(pos)); digits++) {
            value = value * 8 + (line.charAt(pos++) - '0');
        }
        appendByte(value, line.substring(start, pos));
    }

    private void hex() {
        int start = pos;
        while (pos < line.length() && Character.digit(line.charAt(pos), 16) >= 0 && line.charAt(pos) < 128) {
            pos++;
        }
        String digits = line.substring(start, pos);
        if (digits.isEmpty()) {
            problems.add(lineNumber, PoCheck.ESCAPE, "invalid escape sequence \\x without hex digits");
            return;
        }
        int value = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits, 16);
        appendByte(value, "\\x" + digits);
    }

    private void appendByte(int value, String spelled) {
        if (value > 0xFF) {
            problems.add(lineNumber, PoCheck.ESCAPE, "escape sequence " + spelled + " is larger than one byte");
            return;
        }
        if (value < 0x80) {
            appendEscaped((char) value, spelled);
        } else {
            pendingBytes.write(value);
            bytesPending = true;
        }
    }

    /** A character given by an escape; see {@link #refuseUnprintable}. */
    private void appendEscaped(char c, String spelled) {
        flushBytes();
        refuseUnprintable(c, "escape sequence " + spelled + " gives");
        appendChar(c);
    }

    /**
     * msgfmt accepts {@code \a}, {@code \001} and the like, but the character they give cannot be
     * printed: it is refused as it would be in an article. Line breaks, tabs and carriage returns are text.
     */
    private void refuseUnprintable(int c, String source) {
        String why = c == '\r' ? null : CodePoints.unprintable(c);
        if (why != null) {
            problems.add(lineNumber, PoCheck.CHARACTER, source + " " + CodePoints.describe(c) + ": " + why);
        }
    }

    private void appendChar(char c) {
        flushBytes();
        out.append(c);
    }

    private void flushBytes() {
        if (!bytesPending) {
            return;
        }
        byte[] bytes = pendingBytes.toByteArray();
        pendingBytes.reset();
        bytesPending = false;
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            decoded.codePoints().forEach(c -> refuseUnprintable(c, "escaped UTF-8 bytes give"));
            out.append(decoded);
        } catch (CharacterCodingException e) {
            problems.add(lineNumber, PoCheck.ESCAPE, "escaped bytes are not valid UTF-8");
            out.append(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private void skipWhitespace() {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private String quoteRest() {
        String rest = line.substring(pos).strip();
        return "'" + (rest.length() > 30 ? rest.substring(0, 29) + "…" : rest) + "'";
    }

    /** Printable ASCII that stands for itself inside a string (neither its end nor an escape): copied in runs. */
    private static boolean isPlainAscii(char c) {
        return c >= ' ' && c < 0x7F && c != '"' && c != '\\';
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
