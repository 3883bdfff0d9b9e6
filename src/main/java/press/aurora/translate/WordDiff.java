package press.aurora.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word: the longest common subsequence of their tokens (words with
 * their marks and digits, runs of white space, single other characters), so that the pieces joined give back
 * either text. Used to show a translator how the source changed since a fuzzy translation was made.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|.", Pattern.DOTALL);

    /** A piece of text that both texts have, or that only the old or only the new one has. */
    public record Piece(Kind kind, String text) {
        public Piece {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    public enum Kind { SAME, REMOVED, ADDED }

    private WordDiff() {
    }

    /** The pieces in reading order, what was removed before what was added; neighbouring pieces of one kind are joined. */
    public static List<Piece> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                add(pieces, Kind.REMOVED, a.get(i++));
            } else {
                add(pieces, Kind.ADDED, b.get(j++));
            }
        }
        return List.copyOf(pieces);
    }

    private static void add(List<Piece> pieces, Kind kind, String text) {
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).kind() == kind) {
            pieces.set(last, new Piece(kind, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
