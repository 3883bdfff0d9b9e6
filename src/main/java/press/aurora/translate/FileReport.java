package press.aurora.translate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The state of one PO file of a language.
 *
 * @param file     the PO file
 * @param name     the article id, or "strings" for the interface strings
 * @param exists   false when the file is missing (then every source message counts as untranslated)
 * @param messages messages by state
 * @param words    source words (of the msgid) by state
 * @param pending  the file's untranslated and fuzzy messages, in file order (none listed for a missing file); then the source messages the file lacks, at their source line
 */
public record FileReport(Path file, String name, boolean exists, Counts messages, Counts words, List<PendingMessage> pending) {

    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(words, "words");
        pending = List.copyOf(pending);
    }
}
