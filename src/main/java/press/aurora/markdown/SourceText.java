package press.aurora.markdown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import press.aurora.diag.CodePoints;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.io.Utf8;

/**
 * Reads an article's text: strict UTF-8, and only characters that can stand in a printed text. Control
 * characters other than tab and line breaks, unpaired surrogates, noncharacters, U+FFFD (the mark of an
 * earlier broken conversion) and Unicode's line and paragraph separators are errors at their
 * {@code file:line:column} with the code point. A byte order mark at the start is dropped. Direction controls,
 * which the layout takes out, are a warning per line ({@link DirectionControls}).
 */
final class SourceText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceText() {
    }

    static String read(Path file, Consumer<Diagnostic> warnings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ContentException.at(SourcePosition.of(file), "missing-file", "file not found");
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(file), "unreadable-file", "cannot read: " + e.getMessage());
        }
        String text = decode(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (check(file, text)) {
            DirectionControls.warn(file, text, warnings);
        }
        return text;
    }

    /** Decodes UTF-8; the first malformed byte is an error at its line and column. */
    private static String decode(Path file, byte[] bytes) {
        String text = Utf8.decodeOrNull(bytes);
        return text != null ? text : decodeStrictly(file, bytes);
    }

    /** Decodes UTF-8 strictly, to say where the first malformed byte stands. */
    private static String decodeStrictly(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            throw ContentException.at(position(file, before, before.length()), "encoding",
                    String.format("byte 0x%02X is not valid UTF-8: save the file as UTF-8", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Fails at the first character that cannot be printed; says whether the text holds a direction control. */
    private static boolean check(Path file, String text) {
        boolean directionControls = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F || c == '\n' || c == '\t' || c == '\r') {
                i++; // printable ASCII and the line breaks and tab CodePoints.unprintable lets through: most of any text
                continue;
            }
            int codePoint = text.codePointAt(i);
            String problem = CodePoints.unprintable(codePoint);
            if (problem != null) {
                throw ContentException.at(position(file, text, i), "bad-character",
                        "character " + CodePoints.describe(codePoint) + ": " + problem);
            }
            directionControls |= CodePoints.isDirectionControl(codePoint);
            i += Character.charCount(codePoint);
        }
        return directionControls;
    }

    /** The 1-based line and column (in code points) of a character offset. */
    static SourcePosition position(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, text.codePointCount(lineStart, offset) + 1);
    }
}
