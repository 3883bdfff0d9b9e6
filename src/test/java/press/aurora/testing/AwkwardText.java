package press.aurora.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Text with every kind of character a JSON writer must get right, and a strict reader to read reports back. */
public final class AwkwardText {

    /**
     * Quotes, backslashes (also before u and n), every C0 control character, DEL, U+2028/U+2029, right-to-left
     * text, letters outside the BMP (Gothic, mathematical Fraktur, an emoji), and markup-like text.
     */
    public static final String TEXT = controls() + " say \"hi\" \\ C:\\new\\u0041 \u007f \u2028 \u2029 «Ä» فارسی "
            + "\uD800\uDF48 \uD835\uDD04 \uD83D\uDE00 </script><!-- & ' /";

    private AwkwardText() {
    }

    private static String controls() {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            text.append(c);
        }
        return text.toString();
    }

    /** The JSON read with Jackson's strict parser; fails when it is not JSON. */
    public static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No control character is written raw: outside strings JSON allows only the layout's newlines. */
    public static void assertNoRawControlCharacters(String json) {
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).as("raw control characters").isEmpty();
        assertThat(json).contains("\\u0000", "\\u0001", "\\u001F", "\\n", "\\t", "\\\"", "\\\\");
    }
}
