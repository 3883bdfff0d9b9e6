package press.aurora.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reading a file's bytes as UTF-8, fast: decoded leniently at once, and checked strictly only when the text holds
 * a replacement character (U+FFFD), the only place where the lenient decoder may have replaced a malformed byte.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The text of {@code bytes}, or null when they are not valid UTF-8. */
    public static String decodeOrNull(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return text; // a replacement character written in the file itself
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
