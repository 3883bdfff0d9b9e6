package press.aurora.translate.po;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups classified lines into entries, in the order the PO grammar allows: comments and {@code #|}
 * previous fields, then msgctxt, msgid, msgid_plural, msgstr or msgstr[0..n]. A msgctxt or msgid after a
 * msgid starts a new entry, as in GNU gettext; other keywords out of order are reported and skipped.
 * An entry without msgstr is reported and not kept: there is no msgstr to give it.
 */
final class PoEntryAssembler {

    /** How far the current entry has got. */
    private enum Phase { COMMENTS, MSGCTXT, MSGID, MSGID_PLURAL, MSGSTR }

    /** Where a continuation string goes. */
    private enum Target { NONE, IGNORED, MSGCTXT, MSGID, MSGID_PLURAL, MSGSTR,
        PREVIOUS_MSGCTXT, PREVIOUS_MSGID, PREVIOUS_MSGID_PLURAL }

    private final PoProblems problems;
    private final List<PoEntry> entries = new ArrayList<>();

    private PendingEntry entry = new PendingEntry();
    private Phase phase = Phase.COMMENTS;
    private Target target = Target.NONE;
    private Target previousTarget = Target.NONE;
    /** A blank line came after the last keyword or string of the current entry. */
    private boolean blankSinceLastLine;

    PoEntryAssembler(PoProblems problems) {
        this.problems = problems;
    }

    void accept(PoLine line) {
        boolean afterBlank = blankSinceLastLine;
        blankSinceLastLine = line.kind() == PoLine.Kind.BLANK;
        switch (line.kind()) {
            case BLANK -> { }
            case BROKEN -> {
                if (line.previous()) {
                    previousTarget = Target.IGNORED;
                } else {
                    target = Target.IGNORED;
                }
            }
            case TRANSLATOR_COMMENT, EXTRACTED_COMMENT, REFERENCE, FLAGS -> {
                startEntryIfKeywordsSeen();
                entry.addComment(line);
            }
            case KEYWORD -> {
                if (line.previous()) {
                    previousKeyword(line);
                } else {
                    keyword(line, afterBlank);
                }
            }
            case STRING -> {
                if (line.previous()) {
                    previousString(line);
                } else {
                    string(line);
                }
            }
        }
    }

    /** The entries in file order, header entries included; call once, after the last line. */
    List<PoEntry> finish() {
        finishEntry();
        if (entry.firstCommentLine > 0) {
            problems.add(entry.firstCommentLine, PoCheck.SYNTAX, "comments without an entry after them");
        }
        return List.copyOf(entries);
    }

    private void keyword(PoLine line, boolean afterBlank) {
        switch (line.keyword()) {
            case PoLine.MSGCTXT -> msgctxt(line);
            case PoLine.MSGID -> msgid(line);
            case PoLine.MSGID_PLURAL -> msgidPlural(line);
            default -> {
                // a second msgstr is an error anyway; after a blank line it most likely lost its msgid
                if (afterBlank && phase == Phase.MSGSTR && (entry.msgidPlural == null || line.index() < 0)) {
                    finishEntry();
                }
                msgstr(line);
            }
        }
    }

    private void msgctxt(PoLine line) {
        if (phase.compareTo(Phase.MSGID) >= 0) {
            finishEntry();
        } else if (phase == Phase.MSGCTXT) {
            outOfOrder(line, "msgctxt appears twice in one entry");
            return;
        }
        startKeywords(line);
        entry.msgctxt = line.text();
        phase = Phase.MSGCTXT;
        target = Target.MSGCTXT;
    }

    private void msgid(PoLine line) {
        if (phase.compareTo(Phase.MSGID) >= 0) {
            finishEntry();
        }
        if (phase == Phase.COMMENTS) {
            startKeywords(line);
        } else {
            checkObsolete(line);
        }
        entry.msgid = line.text();
        entry.msgidLine = line.number();
        phase = Phase.MSGID;
        target = Target.MSGID;
    }

    private void msgidPlural(PoLine line) {
        if (phase != Phase.MSGID) {
            outOfOrder(line, phase.compareTo(Phase.MSGID) < 0 ? "msgid_plural before msgid"
                    : phase == Phase.MSGID_PLURAL ? "msgid_plural appears twice in one entry"
                    : "msgid_plural after msgstr");
            return;
        }
        checkObsolete(line);
        entry.msgidPlural = line.text();
        phase = Phase.MSGID_PLURAL;
        target = Target.MSGID_PLURAL;
    }

    private void msgstr(PoLine line) {
        String spelled = line.spelledKeyword();
        if (phase.compareTo(Phase.MSGID) < 0) {
            outOfOrder(line, spelled + " before msgid");
            return;
        }
        checkObsolete(line);
        boolean indexed = line.index() >= 0;
        if (entry.msgidPlural == null) {
            if (!entry.msgstr.isEmpty()) {
                outOfOrder(line, spelled + " after msgstr; an entry without msgid_plural has one msgstr");
                return;
            }
            if (indexed) {
                problems.add(line.number(), PoCheck.PLURAL, spelled + " without msgid_plural; write msgstr");
            }
        } else if (!indexed) {
            problems.add(line.number(), PoCheck.PLURAL, "msgid_plural needs msgstr[0], msgstr[1], …, not msgstr");
            if (!entry.msgstr.isEmpty()) {
                target = Target.IGNORED;
                return;
            }
        } else if (line.index() != entry.msgstr.size()) {
            problems.add(line.number(), PoCheck.PLURAL, spelled + " where msgstr[" + entry.msgstr.size()
                    + "] is expected; plural forms are numbered from 0, in order");
            target = Target.IGNORED;
            return;
        }
        entry.msgstr.add(line.text());
        phase = Phase.MSGSTR;
        target = Target.MSGSTR;
    }

    private void string(PoLine line) {
        if (target == Target.IGNORED) {
            return;
        }
        if (target == Target.NONE) {
            problems.add(line.number(), PoCheck.SYNTAX, "string without a keyword before it");
            return;
        }
        checkObsolete(line);
        switch (target) {
            case MSGCTXT -> entry.msgctxt += line.text();
            case MSGID -> entry.msgid += line.text();
            case MSGID_PLURAL -> entry.msgidPlural += line.text();
            case MSGSTR -> entry.appendToLastMsgstr(line.text());
            default -> throw new IllegalStateException("target " + target);
        }
    }

    private void previousKeyword(PoLine line) {
        startEntryIfKeywordsSeen();
        entry.noteCommentLine(line.number());
        switch (line.keyword()) {
            case PoLine.MSGCTXT -> previousField(line, Target.PREVIOUS_MSGCTXT, entry.previousMsgctxt == null
                    && entry.previousMsgid == null);
            case PoLine.MSGID -> previousField(line, Target.PREVIOUS_MSGID, entry.previousMsgid == null);
            case PoLine.MSGID_PLURAL -> previousField(line, Target.PREVIOUS_MSGID_PLURAL,
                    entry.previousMsgid != null && entry.previousMsgidPlural == null);
            default -> {
                problems.add(line.number(), PoCheck.SYNTAX, line.spelledKeyword()
                        + " is not a previous field; only #| msgctxt, #| msgid and #| msgid_plural are");
                previousTarget = Target.IGNORED;
            }
        }
    }

    private void previousField(PoLine line, Target field, boolean inOrder) {
        if (!inOrder) {
            problems.add(line.number(), PoCheck.SYNTAX, "keyword out of order: " + line.spelledKeyword()
                    + "; previous fields come as #| msgctxt, #| msgid, #| msgid_plural, once each");
            previousTarget = Target.IGNORED;
            return;
        }
        switch (field) {
            case PREVIOUS_MSGCTXT -> entry.previousMsgctxt = line.text();
            case PREVIOUS_MSGID -> entry.previousMsgid = line.text();
            default -> entry.previousMsgidPlural = line.text();
        }
        previousTarget = field;
    }

    private void previousString(PoLine line) {
        startEntryIfKeywordsSeen();
        switch (previousTarget) {
            case PREVIOUS_MSGCTXT -> entry.previousMsgctxt += line.text();
            case PREVIOUS_MSGID -> entry.previousMsgid += line.text();
            case PREVIOUS_MSGID_PLURAL -> entry.previousMsgidPlural += line.text();
            case IGNORED -> { }
            default -> problems.add(line.number(), PoCheck.SYNTAX, "string without a keyword before it");
        }
    }

    private void outOfOrder(PoLine line, String what) {
        problems.add(line.number(), PoCheck.SYNTAX, "keyword out of order: " + what);
        target = Target.IGNORED;
    }

    /** A comment or previous field after msgctxt/msgid belongs to the next entry. */
    private void startEntryIfKeywordsSeen() {
        if (phase != Phase.COMMENTS) {
            finishEntry();
        }
    }

    private void startKeywords(PoLine line) {
        entry.obsolete = line.obsolete();
        entry.firstKeywordLine = line.number();
    }

    private void checkObsolete(PoLine line) {
        if (line.obsolete() != entry.obsolete) {
            problems.add(line.number(), PoCheck.SYNTAX, "inconsistent use of #~: "
                    + (entry.obsolete ? "an obsolete entry continues without #~" : "#~ inside an entry that is not obsolete"));
        }
    }

    private void finishEntry() {
        if (phase == Phase.MSGSTR) {
            entries.add(entry.build());
        } else if (phase != Phase.COMMENTS) {
            int line = entry.msgidLine > 0 ? entry.msgidLine : entry.firstKeywordLine;
            String what = entry.msgid == null ? "msgctxt without msgid and msgstr" : "missing msgstr after msgid";
            problems.add(line, PoCheck.SYNTAX, what + "; the entry is skipped");
        } else {
            return;
        }
        entry = new PendingEntry();
        phase = Phase.COMMENTS;
        target = Target.NONE;
        previousTarget = Target.NONE;
    }

    /** The entry being read; fields stay null until their keyword is seen. */
    private static final class PendingEntry {
        final List<PoLine> comments = new ArrayList<>();
        int firstCommentLine;
        String previousMsgctxt;
        String previousMsgid;
        String previousMsgidPlural;
        String msgctxt;
        String msgid;
        String msgidPlural;
        final List<String> msgstr = new ArrayList<>();
        boolean obsolete;
        int firstKeywordLine;
        int msgidLine;

        void addComment(PoLine line) {
            comments.add(line);
            noteCommentLine(line.number());
        }

        void noteCommentLine(int number) {
            if (firstCommentLine == 0) {
                firstCommentLine = number;
            }
        }

        void appendToLastMsgstr(String text) {
            int last = msgstr.size() - 1;
            msgstr.set(last, msgstr.get(last) + text);
        }

        PoEntry build() {
            PoEntry.Builder b = PoEntry.builder(msgid)
                    .previous(previousMsgctxt, previousMsgid)
                    .previousMsgidPlural(previousMsgidPlural)
                    .msgctxt(msgctxt)
                    .msgidPlural(msgidPlural)
                    .obsolete(obsolete)
                    .line(msgidLine);
            for (PoLine c : comments) {
                switch (c.kind()) {
                    case TRANSLATOR_COMMENT -> b.translatorComment(c.text());
                    case EXTRACTED_COMMENT -> b.extractedComment(c.text());
                    case REFERENCE -> words(c.text(), " \t\f\u000b").forEach(b::reference);
                    default -> words(c.text(), ", \t\f\u000b").forEach(b::flag);
                }
            }
            // msgid_plural with a single msgstr (reported already) is kept as msgstr[0]
            return b.msgstr(msgstr).build();
        }

        /** Splits on any of the separators, as GNU gettext splits #, and #: lines. */
        private static List<String> words(String text, String separators) {
            List<String> words = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
                    if (start >= 0) {
                        words.add(text.substring(start, i));
                        start = -1;
                    }
                } else if (start < 0) {
                    start = i;
                }
            }
            return words;
        }
    }
}
