package press.aurora.translate.po;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** PO texts shared by the tests. */
final class PoTexts {

    /** A complete French header: 8 lines and a blank one, so the first entry after it is on line 10. */
    static final String[] FRENCH_HEADER = {
        "msgid \"\"",
        "msgstr \"\"",
        "\"Project-Id-Version: Aurora 2017-11\\n\"",
        "\"Language: fr\\n\"",
        "\"MIME-Version: 1.0\\n\"",
        "\"Content-Type: text/plain; charset=UTF-8\\n\"",
        "\"Content-Transfer-Encoding: 8bit\\n\"",
        "\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"",
        "",
    };

    private PoTexts() {
    }

    /** Lines joined with LF, ending with LF: argument i is line i + 1. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The French header, then these lines from line 10 on. */
    static String withFrenchHeader(String... body) {
        String[] all = new String[FRENCH_HEADER.length + body.length];
        System.arraycopy(FRENCH_HEADER, 0, all, 0, FRENCH_HEADER.length);
        System.arraycopy(body, 0, all, FRENCH_HEADER.length, body.length);
        return lines(all);
    }

    /** A header as msginit would start it for a language, with every field msgfmt -c looks for. */
    static PoHeader header(String language) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Project-Id-Version", "Aurora 2017-11");
        fields.put("Report-Msgid-Bugs-To", "");
        fields.put("POT-Creation-Date", "2017-11-02 09:00+0000");
        fields.put("PO-Revision-Date", "2017-11-05 18:30+0100");
        fields.put("Last-Translator", "Claire Martin <claire@aurora.press>");
        fields.put("Language-Team", "French <fr@aurora.press>");
        fields.put("Language", language);
        fields.put("MIME-Version", "1.0");
        fields.put("Content-Type", "text/plain; charset=UTF-8");
        fields.put("Content-Transfer-Encoding", "8bit");
        fields.put("Plural-Forms", PluralForms.of(language));
        return PoHeader.of(fields);
    }

    static String resource(String name) {
        try (InputStream in = PoTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
