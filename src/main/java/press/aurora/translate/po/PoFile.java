package press.aurora.translate.po;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A PO catalogue: its header and its entries in file order.
 *
 * @param header  the header entry, or null when the file has none ({@link PoReader} reports that)
 * @param entries every other entry, obsolete ones included; never a header entry
 */
public record PoFile(PoHeader header, List<PoEntry> entries) {

    public PoFile {
        entries = List.copyOf(entries);
        for (PoEntry entry : entries) {
            if (entry.isHeader()) {
                throw new IllegalArgumentException(
                        "the header entry belongs in PoFile.header, not in entries (line " + entry.line() + ")");
            }
        }
    }

    public static PoFile of(PoHeader header, List<PoEntry> entries) {
        return new PoFile(Objects.requireNonNull(header, "header"), entries);
    }

    /** Entries that are not obsolete, in file order. */
    public List<PoEntry> messages() {
        return entries.stream().filter(e -> !e.obsolete()).toList();
    }

    /** Obsolete ({@code #~}) entries, in file order. */
    public List<PoEntry> obsoleteEntries() {
        return entries.stream().filter(PoEntry::obsolete).toList();
    }

    /** The non-obsolete entry with this msgctxt (null for none) and msgid. */
    public Optional<PoEntry> find(String msgctxt, String msgid) {
        for (PoEntry e : entries) {
            if (!e.obsolete() && e.msgid().equals(msgid) && Objects.equals(e.msgctxt(), msgctxt)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
