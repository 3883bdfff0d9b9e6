package press.aurora.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two source texts are, from 0 (nothing in common) to 1 (equal): {@code 2·M / (a + b)} where a and b
 * are the numbers of tokens (words, numbers, single punctuation marks) and M the length of their longest common
 * subsequence. It is the ratio GNU msgmerge computes (on characters) to decide on a fuzzy match, measured on
 * words so that long paragraphs compare fast and a changed word weighs as one change.
 */
final class Similarity {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private Similarity() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static double ratio(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * commonSubsequence(a, b) / (a.size() + b.size());
    }

    /** An upper bound of {@link #ratio}, cheap to compute: the tokens both have, ignoring order. */
    static double quickRatio(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : b) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                common++;
                counts.put(t, n - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static int commonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
