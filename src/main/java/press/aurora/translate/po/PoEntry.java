package press.aurora.translate.po;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One message of a PO file, with its comments, in the words of the gettext manual.
 *
 * <pre>
 * #  translator comment            translatorComments
 * #. extracted comment             extractedComments
 * #: issues/2017-11/letters.md:12  references
 * #, fuzzy, markdown-text          flags (ordered)
 * #| msgctxt "previous context"   previousMsgctxt
 * #| msgid "previous text"        previousMsgid, previousMsgidPlural
 * msgctxt "context"                msgctxt (nullable)
 * msgid "text"                     msgid
 * msgid_plural "texts"             msgidPlural (nullable)
 * msgstr "texte"                   msgstr: one element, or msgstr[0..n-1] with msgid_plural
 * </pre>
 *
 * <p>An obsolete entry ({@code #~ msgid}) has {@code obsolete} set. {@code line} is the 1-based line of the
 * entry's msgid keyword (or of its first line when it has none), 0 for an entry not read from a file.
 */
public record PoEntry(
        List<String> translatorComments,
        List<String> extractedComments,
        List<String> references,
        Set<String> flags,
        String previousMsgctxt,
        String previousMsgid,
        String previousMsgidPlural,
        String msgctxt,
        String msgid,
        String msgidPlural,
        List<String> msgstr,
        boolean obsolete,
        int line) {

    public static final String FUZZY = "fuzzy";

    public PoEntry {
        translatorComments = List.copyOf(translatorComments);
        extractedComments = List.copyOf(extractedComments);
        references = List.copyOf(references);
        flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        msgstr = List.copyOf(msgstr);
        Objects.requireNonNull(msgid, "msgid");
        translatorComments.forEach(c -> requireOneLine(c, "translator comment"));
        extractedComments.forEach(c -> requireOneLine(c, "extracted comment"));
        references.forEach(PoEntry::requireReference);
        flags.forEach(PoEntry::requireFlag);
        if (msgstr.isEmpty()) {
            throw new IllegalArgumentException("msgid \"" + msgid + "\" has no msgstr");
        }
        if (msgidPlural == null && msgstr.size() != 1) {
            throw new IllegalArgumentException(
                    "msgid \"" + msgid + "\" has " + msgstr.size() + " msgstr but no msgid_plural");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A translated or untranslated singular message. */
    public static PoEntry of(String msgid, String msgstr) {
        return builder(msgid).msgstr(msgstr).build();
    }

    public static Builder builder(String msgid) {
        return new Builder(msgid);
    }

    public Builder toBuilder() {
        Builder b = new Builder(msgid);
        b.translatorComments.addAll(translatorComments);
        b.extractedComments.addAll(extractedComments);
        b.references.addAll(references);
        b.flags.addAll(flags);
        b.previousMsgctxt = previousMsgctxt;
        b.previousMsgid = previousMsgid;
        b.previousMsgidPlural = previousMsgidPlural;
        b.msgctxt = msgctxt;
        b.msgidPlural = msgidPlural;
        b.msgstr = new ArrayList<>(msgstr);
        b.obsolete = obsolete;
        b.line = line;
        return b;
    }

    public boolean isFuzzy() {
        return flags.contains(FUZZY);
    }

    /** Not fuzzy, not obsolete, and every msgstr (each plural form) non-empty. */
    public boolean isTranslated() {
        return !isFuzzy() && !obsolete && msgstr.stream().noneMatch(String::isEmpty);
    }

    /**
     * The header entry: msgid "" without msgctxt. An obsolete entry is never the header (gettext would not
     * use a {@code #~ msgid ""} as header either).
     */
    public boolean isHeader() {
        return msgid.isEmpty() && msgctxt == null && !obsolete;
    }

    public boolean hasPlural() {
        return msgidPlural != null;
    }

    /** How the entry is named in messages: its msgctxt and msgid, and its line when it has one. */
    public String describe() {
        String ctxt = msgctxt == null ? "" : "msgctxt \"" + abbreviate(msgctxt) + "\" ";
        String where = line > 0 ? " (line " + line + ")" : "";
        return ctxt + "msgid \"" + abbreviate(msgid) + "\"" + where;
    }

    private static String abbreviate(String s) {
        String flat = s.replace("\n", "\\n");
        return flat.length() <= 40 ? flat : flat.substring(0, 39) + "…";
    }

    static void requireOneLine(String comment, String what) {
        if (comment.indexOf('\n') >= 0 || comment.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be one line: \"" + comment + "\"");
        }
    }

    private static void requireReference(String reference) {
        if (reference.isEmpty() || hasWhitespace(reference)) {
            throw new IllegalArgumentException("reference must be non-empty without spaces: \"" + reference + "\"");
        }
    }

    static void requireFlag(String flag) {
        if (flag.isEmpty() || flag.indexOf(',') >= 0 || hasWhitespace(flag)) {
            throw new IllegalArgumentException("flag must be non-empty without commas or spaces: \"" + flag + "\"");
        }
    }

    /** Any character {@link Character#isWhitespace(int)} calls white space (a loop: it runs on every entry read). */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Builds a {@link PoEntry}; the record's constructor validates on {@link #build()}. */
    public static final class Builder {
        private final String msgid;
        private final List<String> translatorComments = new ArrayList<>();
        private final List<String> extractedComments = new ArrayList<>();
        private final List<String> references = new ArrayList<>();
        private final Set<String> flags = new LinkedHashSet<>();
        private String previousMsgctxt;
        private String previousMsgid;
        private String previousMsgidPlural;
        private String msgctxt;
        private String msgidPlural;
        private List<String> msgstr = List.of("");
        private boolean obsolete;
        private int line;

        private Builder(String msgid) {
            this.msgid = Objects.requireNonNull(msgid, "msgid");
        }

        public Builder translatorComment(String comment) {
            translatorComments.add(comment);
            return this;
        }

        public Builder extractedComment(String comment) {
            extractedComments.add(comment);
            return this;
        }

        public Builder reference(String reference) {
            references.add(reference);
            return this;
        }

        public Builder flag(String flag) {
            flags.add(flag);
            return this;
        }

        public Builder fuzzy(boolean fuzzy) {
            if (fuzzy) {
                flags.add(FUZZY);
            } else {
                flags.remove(FUZZY);
            }
            return this;
        }

        public Builder previous(String msgctxt, String msgid) {
            this.previousMsgctxt = msgctxt;
            this.previousMsgid = msgid;
            return this;
        }

        public Builder previousMsgidPlural(String msgidPlural) {
            this.previousMsgidPlural = msgidPlural;
            return this;
        }

        public Builder msgctxt(String msgctxt) {
            this.msgctxt = msgctxt;
            return this;
        }

        public Builder msgidPlural(String msgidPlural) {
            this.msgidPlural = msgidPlural;
            return this;
        }

        /** One string for a singular entry; msgstr[0], msgstr[1], ... for a plural entry. */
        public Builder msgstr(String... msgstr) {
            this.msgstr = List.of(msgstr);
            return this;
        }

        public Builder msgstr(List<String> msgstr) {
            this.msgstr = List.copyOf(msgstr);
            return this;
        }

        public Builder obsolete(boolean obsolete) {
            this.obsolete = obsolete;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public PoEntry build() {
            return new PoEntry(translatorComments, extractedComments, references, flags, previousMsgctxt,
                    previousMsgid, previousMsgidPlural, msgctxt, msgid, msgidPlural, msgstr, obsolete, line);
        }
    }
}
