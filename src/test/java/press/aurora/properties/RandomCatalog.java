package press.aurora.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A PO file made from a real one by random edits a translator or a tool might make: translations replaced by
 * random inline Markdown in other scripts (with PO escapes), emptied, marked fuzzy; and, now and then, one
 * broken line (unterminated string, bad escape, stray text, a raw control character, a duplicated or
 * deleted line).
 */
final class RandomCatalog {

    private RandomCatalog() {
    }

    static String edit(String po, Random random) {
        RandomText text = new RandomText(random);
        boolean clean = text.chance(0.5); // only new translations: a build of it should succeed
        List<String> lines = new ArrayList<>(po.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("msgstr \"") && !lines.get(i - 1).equals("msgid \"\"") && text.chance(0.6)) {
                lines.set(i, "msgstr \"" + (!clean && text.chance(0.15) ? "" : escaped(text.inline(25, null), text)) + "\"");
            } else if (!clean && line.startsWith("msgid \"") && !line.equals("msgid \"\"") && text.chance(0.15)) {
                lines.add(i, "#, fuzzy");
                i++;
            }
        }
        if (!clean && text.chance(0.6)) {
            int at = text.between(0, lines.size() - 1);
            switch (text.between(0, 5)) {
                case 0 -> lines.set(at, lines.get(at) + " \"unterminated");
                case 1 -> lines.add(at, "msgstr \"a \\q b\"");
                case 2 -> lines.add(at, text.words(1, 3));
                case 3 -> lines.set(at, lines.get(at).replace(" ", "\u0001"));
                case 4 -> lines.add(at, lines.get(at));
                default -> lines.remove(at);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** PO string content: quotes and backslashes escaped, sometimes an escaped newline or tab added. */
    private static String escaped(String value, RandomText text) {
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        if (text.chance(0.2)) {
            escaped += text.chance(0.5) ? "\\n" : "\\t" + text.word();
        }
        return escaped;
    }
}
