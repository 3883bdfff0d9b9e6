package press.aurora.translate.po;

import java.util.Set;

/**
 * Classifies one physical line of a PO file: comment, keyword with its strings, continuation string, or
 * blank. Prefixes {@code #~} (obsolete) and {@code #|} / {@code #~|} (previous) are taken off here so that
 * the assembler sees the same keyword lines in all three places.
 */
final class PoLineLexer {
    private static final Set<String> KEYWORDS =
            Set.of(PoLine.MSGCTXT, PoLine.MSGID, PoLine.MSGID_PLURAL, PoLine.MSGSTR);

    private final PoProblems problems;

    PoLineLexer(PoProblems problems) {
        this.problems = problems;
    }

    PoLine lex(int number, String raw) {
        if (raw.startsWith("#~|")) {
            return keywordOrString(number, raw.substring(3), true, true);
        }
        if (raw.startsWith("#~")) {
            return keywordOrString(number, raw.substring(2), true, false);
        }
        if (raw.startsWith("#|")) {
            return keywordOrString(number, raw.substring(2), false, true);
        }
        if (raw.startsWith("#.")) {
            return comment(number, PoLine.Kind.EXTRACTED_COMMENT, raw.substring(2));
        }
        if (raw.startsWith("#:")) {
            return comment(number, PoLine.Kind.REFERENCE, raw.substring(2));
        }
        if (raw.startsWith("#,")) {
            return comment(number, PoLine.Kind.FLAGS, raw.substring(2));
        }
        if (raw.startsWith("#")) {
            return comment(number, PoLine.Kind.TRANSLATOR_COMMENT, raw.substring(1));
        }
        return keywordOrString(number, raw, false, false);
    }

    /** Comment text without its marker and without one leading space, as GNU gettext reads it. */
    private PoLine comment(int number, PoLine.Kind kind, String rest) {
        String text = rest.startsWith(" ") ? rest.substring(1) : rest;
        if (!hasControlCharacter(text)) {
            return new PoLine(number, kind, false, false, null, -1, text);
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                problems.add(number, PoCheck.SYNTAX, "control character " + PoStringDecoder.codePoint(c)
                        + " in a comment; it is read as a space");
                c = ' ';
            }
            clean.append(c);
        }
        return new PoLine(number, kind, false, false, null, -1, clean.toString());
    }

    private PoLine keywordOrString(int number, String rest, boolean obsolete, boolean previous) {
        int start = skipWhitespace(rest, 0);
        if (start == rest.length()) {
            return new PoLine(number, PoLine.Kind.BLANK, obsolete, previous, null, -1, "");
        }
        if (rest.charAt(start) == '"') {
            String text = PoStringDecoder.decodeStrings(rest, number, start, "string", problems);
            return new PoLine(number, PoLine.Kind.STRING, obsolete, previous, null, -1, text);
        }
        int end = start;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) {
            end++;
        }
        String keyword = rest.substring(start, end);
        if (!KEYWORDS.contains(keyword)) {
            String word = keyword.isEmpty() ? rest.substring(start).strip() : keyword;
            problems.add(number, PoCheck.SYNTAX, "text outside a string: unknown keyword '" + word + "'");
            return broken(number, obsolete, previous);
        }
        int index = -1;
        if (end < rest.length() && rest.charAt(end) == '[') {
            int close = rest.indexOf(']', end);
            String digits = close < 0 ? "" : rest.substring(end + 1, close);
            if (!keyword.equals(PoLine.MSGSTR) || digits.isEmpty() || !digits.chars().allMatch(PoLineLexer::isAsciiDigit)
                    || digits.length() > 3) {
                problems.add(number, PoCheck.SYNTAX, "bad plural index after " + keyword + ": "
                        + rest.substring(end, close < 0 ? rest.length() : close + 1));
                return broken(number, obsolete, previous);
            }
            index = Integer.parseInt(digits);
            end = close + 1;
        }
        String spelled = index >= 0 ? keyword + "[" + index + "]" : keyword;
        String text = PoStringDecoder.decodeStrings(rest, number, end, spelled, problems);
        return new PoLine(number, PoLine.Kind.KEYWORD, obsolete, previous, keyword, index, text);
    }

    /** A control character other than tab: {@link #comment} reports it and reads it as a space. */
    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static PoLine broken(int number, boolean obsolete, boolean previous) {
        return new PoLine(number, PoLine.Kind.BROKEN, obsolete, previous, null, -1, "");
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
