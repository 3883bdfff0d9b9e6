package press.aurora.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.aurora.diag.SourcePosition;

/**
 * Finds a character's own line and column from the position of the block that holds it, by reading the
 * source file (Markdown or PO) from the block's line on. Files are read once per instance.
 */
final class SourceLines {

    private final Map<Path, List<String>> files = new HashMap<>();

    /** The first place in the block (up to its next blank line) where the character is written, else the block itself. */
    SourcePosition locate(SourcePosition block, int codePoint) {
        List<String> lines = lines(block.file());
        for (int number = Math.max(1, block.line()); number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank() && number > block.line()) {
                break; // the block ends at a blank line, in Markdown as in PO files
            }
            int from = number == block.line() ? Math.min(line.length(), offset(line, block.column())) : 0;
            int index = line.indexOf(new String(Character.toChars(codePoint)), from);
            if (index >= 0) {
                return new SourcePosition(block.file(), number, line.codePointCount(0, index) + 1);
            }
        }
        return block;
    }

    private static int offset(String line, int column) {
        if (column <= 1) {
            return 0;
        }
        try {
            return line.offsetByCodePoints(0, column - 1);
        } catch (IndexOutOfBoundsException e) {
            return line.length();
        }
    }

    private List<String> lines(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }
}
