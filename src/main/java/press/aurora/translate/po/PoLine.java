package press.aurora.translate.po;

/**
 * One physical line of a PO file, classified by {@link PoLineLexer}.
 *
 * @param number   1-based line number
 * @param kind     what the line is
 * @param obsolete the line starts with {@code #~}
 * @param previous the line starts with {@code #|} or {@code #~|}
 * @param keyword  for {@link Kind#KEYWORD}: msgctxt, msgid, msgid_plural or msgstr
 * @param index    for {@code msgstr[n]}: n; otherwise -1
 * @param text     the comment text, or the decoded strings of a keyword or string line
 */
record PoLine(int number, Kind kind, boolean obsolete, boolean previous, String keyword, int index, String text) {

    enum Kind {
        BLANK, TRANSLATOR_COMMENT, EXTRACTED_COMMENT, REFERENCE, FLAGS, KEYWORD, STRING,
        /** A line already reported as a problem; the assembler skips it. */
        BROKEN
    }

    static final String MSGCTXT = "msgctxt";
    static final String MSGID = "msgid";
    static final String MSGID_PLURAL = "msgid_plural";
    static final String MSGSTR = "msgstr";

    /** How the keyword is spelled in the file, for messages: {@code msgstr[1]}, {@code #| msgid}. */
    String spelledKeyword() {
        String k = index >= 0 ? keyword + "[" + index + "]" : keyword;
        return previous ? "#| " + k : k;
    }
}
