package press.aurora.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The letters of a PDF's lines in drawing order, as {@link PrintedText#letters} reduces them, with
 * where each line starts, and the search for a message in them.
 *
 * <p>A message is found when its letters follow each other in the PDF, with two kinds of
 * interruption allowed and no other: whole lines the message does not continue into (the running
 * footer and slug between two pages, a proof mark), at most {@link #MAX_SKIPPED_LINES} in a row,
 * and up to {@link #MAX_NOTE_DIGITS} digits where a note number is printed between two runs. The
 * message's own letters are never skipped, so a lost word is never tolerated.
 */
final class PrintedLetters {

    static final int MAX_SKIPPED_LINES = 6;
    static final int MAX_NOTE_DIGITS = 4;
    /** Letters of a message looked up at once to find where it may start. */
    private static final int PROBE = 12;

    private final String letters;
    /** Offsets in {@link #letters} where a line starts, ascending; one past the last is the length. */
    private final int[] lineStarts;

    private PrintedLetters(String letters, int[] lineStarts) {
        this.letters = letters;
        this.lineStarts = lineStarts;
    }

    static PrintedLetters of(List<PdfTextLayout.TextLine> lines) {
        StringBuilder letters = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (PdfTextLayout.TextLine line : lines) {
            String text = PrintedText.letters(line.text());
            if (!text.isEmpty()) {
                starts.add(letters.length());
                letters.append(text);
            }
        }
        starts.add(letters.length());
        return new PrintedLetters(letters.toString(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    int length() {
        return letters.length();
    }

    /** A message reduced to letters: its runs joined, with the offsets where one run ends and the next begins. */
    record Target(String letters, Set<Integer> runBoundaries) {
        static Target of(List<String> runs) {
            StringBuilder text = new StringBuilder();
            Set<Integer> boundaries = new HashSet<>();
            for (String run : runs) {
                String letters = PrintedText.letters(run);
                if (!letters.isEmpty()) {
                    if (!text.isEmpty()) {
                        boundaries.add(text.length());
                    }
                    text.append(letters);
                }
            }
            return new Target(text.toString(), boundaries);
        }

        /** The first {@code length} letters, with the run boundaries that fall inside them. */
        Target prefix(int length) {
            Set<Integer> inside = new HashSet<>();
            runBoundaries.stream().filter(b -> b < length).forEach(inside::add);
            return new Target(letters.substring(0, length), inside);
        }
    }

    /** Where the message ends in the PDF's letters when it is printed whole at or after {@code from}; -1 when it is not. */
    int find(Target target, int from) {
        if (target.letters().isEmpty()) {
            return from;
        }
        int end = findFrom(target, from, letters.length());
        return end >= 0 ? end : findAfterShortFirstLine(target, from);
    }

    /** Candidates where the message's first letters are printed together, starting in [from, to). */
    private int findFrom(Target target, int from, int to) {
        String probe = target.letters().substring(0, Math.min(PROBE, firstRunLength(target)));
        for (int at = letters.indexOf(probe, from); at >= 0 && at < to; at = letters.indexOf(probe, at + 1)) {
            int end = new Walk(target).from(0, at);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** Candidates where the message starts in the last letters of a line, before a page or column break. */
    private int findAfterShortFirstLine(Target target, int from) {
        for (int line = 0; line + 1 < lineStarts.length; line++) {
            int lineEnd = lineStarts[line + 1];
            for (int at = Math.max(from, Math.max(lineStarts[line], lineEnd - PROBE + 1)); at < lineEnd; at++) {
                if (letters.regionMatches(at, target.letters(), 0, lineEnd - at)) {
                    int end = new Walk(target).from(0, at);
                    if (end >= 0) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

    private static int firstRunLength(Target target) {
        return target.runBoundaries().stream().mapToInt(Integer::intValue).min().orElse(target.letters().length());
    }

    private boolean isLineStart(int offset) {
        return java.util.Arrays.binarySearch(lineStarts, offset) >= 0;
    }

    private int nextLineStart(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        return index >= 0 && index + 1 < lineStarts.length ? lineStarts[index + 1] : -1;
    }

    /** One attempt to read the message from a candidate start. */
    private final class Walk {
        private final Target target;

        Walk(Target target) {
            this.target = target;
        }

        /**
         * Where the message ends when its letters from {@code t} are printed from {@code s} on; -1
         * when not. At a run boundary it tries going straight on, then skipping a note number; at a
         * line start it continues into the first of the next lines that carries the message on.
         */
        int from(int t, int s) {
            return from(t, s, false);
        }

        private int from(int t, int s, boolean boundaryDone) {
            String wanted = target.letters();
            while (t < wanted.length()) {
                if (t > 0 && !boundaryDone && target.runBoundaries().contains(t)) {
                    int end = from(t, s, true);
                    for (int digits = 1; end < 0 && digits <= MAX_NOTE_DIGITS && s + digits <= letters.length()
                            && Character.isDigit(letters.charAt(s + digits - 1)); digits++) {
                        end = from(t, s + digits, true);
                    }
                    return end;
                }
                boundaryDone = false;
                if (t > 0 && isLineStart(s)) {
                    s = lineCarryingOn(t, s);
                    if (s < 0) {
                        return -1;
                    }
                }
                if (s >= letters.length() || letters.charAt(s) != wanted.charAt(t)) {
                    return -1;
                }
                t++;
                s++;
            }
            return s;
        }

        /** The start of the line, this one or one of the next few, whose letters continue the message at {@code t}; -1 when none. */
        private int lineCarryingOn(int t, int lineStart) {
            int line = lineStart;
            for (int skipped = 0; skipped <= MAX_SKIPPED_LINES && line >= 0 && line < letters.length(); skipped++) {
                int lineEnd = nextLineStart(line);
                int length = Math.min(lineEnd - line, Math.min(nextBoundary(t), target.letters().length()) - t);
                if (letters.regionMatches(line, target.letters(), t, length)) {
                    return line;
                }
                line = lineEnd;
            }
            return -1;
        }

        private int nextBoundary(int t) {
            return target.runBoundaries().stream().mapToInt(Integer::intValue).filter(b -> b > t).min()
                    .orElse(target.letters().length());
        }
    }
}
