package press.aurora.translate.check;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.translate.WordCounter;

/**
 * The source texts (msgids) parsed once and their words counted once, however many languages and checks read
 * them: every language's PO files repeat the same msgids. Keyed by the text and the footnote labels it is parsed
 * with, so two texts, or one text parsed with other labels, never share a result. Safe to use from several
 * threads (languages are checked at once).
 */
public final class ParsedTexts {

    private record Key(String markdown, Set<String> noteLabels) {
    }

    private record WordsKey(String text, boolean icu) {
    }

    private final Map<Key, ParsedText> parsed = new ConcurrentHashMap<>();
    private final Map<WordsKey, Integer> words = new ConcurrentHashMap<>();

    /** {@link ParsedText#parse}, once per text and labels. */
    public ParsedText parse(String markdown, Set<String> noteLabels) {
        Set<String> labels = new TreeSet<>(noteLabels); // in one order, whatever set it came in
        return parsed.computeIfAbsent(new Key(markdown, labels), key -> ParsedText.parse(markdown, labels));
    }

    /** {@link WordCounter#countMessage}, once per text; a Markdown text is parsed through this cache. */
    public int words(String text, boolean icu) {
        return words.computeIfAbsent(new WordsKey(text, icu), key -> icu ? WordCounter.countMessage(text, true)
                : WordCounter.count(parse(text, WordCounter.noteLabels(text)).wordText()));
    }
}
