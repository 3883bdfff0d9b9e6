package press.aurora.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.io.Utf8;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;
import press.aurora.translate.po.PoProblem;
import press.aurora.translate.po.PoReadResult;
import press.aurora.translate.po.PoReader;

/**
 * One PO file as read: its entries by msgctxt+msgid, and the problems the strict reader found.
 *
 * @param file     where it was read from
 * @param po       what could be read
 * @param problems syntax and header problems, by line
 */
public record Catalog(Path file, PoFile po, List<PoProblem> problems) {

    public Catalog {
        problems = List.copyOf(problems);
    }

    /** Reads a PO file; empty when it does not exist. Unreadable or non-UTF-8 files are content errors. */
    public static Optional<Catalog> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(file), "unreadable-file", "cannot read: " + e.getMessage());
        }
        String text = Utf8.decodeOrNull(bytes);
        if (text == null) {
            throw ContentException.at(SourcePosition.of(file, 1), "po-syntax", "not valid UTF-8: save the file as UTF-8");
        }
        PoReadResult result = PoReader.read(text);
        return Optional.of(new Catalog(file, result.file(), result.problems()));
    }

    /** The entry (not obsolete) with this msgctxt and msgid. */
    public Optional<PoEntry> find(MessageKey key) {
        return po.find(key.msgctxt(), key.msgid());
    }

    public SourcePosition position(PoEntry entry) {
        return SourcePosition.of(file, entry.line());
    }

    /** The reader's problems as diagnostics (errors: msgfmt would refuse the file). */
    public List<Diagnostic> problemDiagnostics() {
        return problems.stream().map(p -> Diagnostic.error(p.checkId(), SourcePosition.of(file, p.line()), p.message())).toList();
    }
}
