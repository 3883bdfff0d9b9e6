package press.aurora.translate.po;

/** The kinds of problem {@link PoReader} reports; {@link #id()} is the stable id shown to translators. */
public enum PoCheck {
    /** Lexical or grammatical error: unterminated string, text outside a string, keyword out of order. */
    SYNTAX("po-syntax"),
    /** A backslash escape GNU msgfmt does not accept, or escaped bytes that are not UTF-8. */
    ESCAPE("po-escape"),
    /** A character no page can print (a control character, U+FFFD, a line separator...), raw or escaped. */
    CHARACTER("po-character"),
    /** Two entries with the same msgctxt and msgid. */
    DUPLICATE("po-duplicate"),
    /** Missing header entry, or a header without charset, Language or Plural-Forms. */
    HEADER("po-header"),
    /** msgstr[n] without msgid_plural, wrong plural index, plural count not matching nplurals. */
    PLURAL("po-plural"),
    /** A translation that begins or ends with a line break where its msgid does not, or the reverse (msgfmt -c). */
    NEWLINE("po-newline");

    private final String id;

    PoCheck(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
