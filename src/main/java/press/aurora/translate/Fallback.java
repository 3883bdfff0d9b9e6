package press.aurora.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.translate.check.MarkdownParityCheck;

/**
 * A message an edition has no finished translation for: untranslated, fuzzy, not in its PO file (extract not
 * run since the source changed), without a PO file at all, or translated with broken Markdown (a lost footnote
 * reference, a stray {@code *}: what {@code aurora check} reports as a markdown-parity error).
 *
 * @param where the PO entry's line, or the source text's line when the PO file or the entry is missing
 * @param catalog the PO file that should have the translation
 * @param problem what is broken, for {@link Reason#BROKEN}; null otherwise
 */
public record Fallback(Message message, Reason reason, SourcePosition where, Path catalog, String problem) {

    public enum Reason { UNTRANSLATED, FUZZY, NOT_IN_CATALOG, NO_CATALOG, BROKEN }

    public Fallback(Message message, Reason reason, SourcePosition where, Path catalog) {
        this(message, reason, where, catalog, null);
    }

    /**
     * The errors of an edition's fallbacks, in order: one per message, but one per PO file that does not exist
     * rather than one for each of its messages
     * ({@code translations/de/2017-11/letters.po: error: does not exist, so its 27 messages are untranslated; ...}).
     */
    public static List<Diagnostic> diagnostics(List<Fallback> fallbacks, String language) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Path, Integer> missingFiles = new LinkedHashMap<>();
        for (Fallback fallback : fallbacks) {
            if (fallback.reason() == Reason.NO_CATALOG) {
                missingFiles.merge(fallback.catalog(), 1, Integer::sum);
            } else {
                diagnostics.add(fallback.diagnostic());
            }
        }
        missingFiles.forEach((file, messages) -> diagnostics.add(Diagnostic.error("untranslated", SourcePosition.of(file),
                "does not exist, so its " + messages + (messages == 1 ? " message is" : " messages are")
                        + " untranslated; run 'aurora extract --lang " + language + "' to start it, then translate it")));
        return diagnostics;
    }

    /** {@code file:line: error: untranslated message "..." [untranslated]}; a missing PO file is told by {@link #diagnostics}. */
    Diagnostic diagnostic() {
        String text = '"' + excerpt(message.msgid()) + '"';
        String po = SourcePosition.displayPath(catalog);
        return switch (reason) {
            case UNTRANSLATED -> Diagnostic.error("untranslated", where, "untranslated message " + text);
            case FUZZY -> Diagnostic.error("fuzzy", where, "fuzzy translation of " + text
                    + " is not printed: review it and remove the fuzzy flag (or build a proof with --allow-fuzzy)");
            case NOT_IN_CATALOG -> Diagnostic.error("untranslated", where, "untranslated message " + text
                    + ": not in " + po + "; run 'aurora extract'");
            case NO_CATALOG -> Diagnostic.error("untranslated", where, "untranslated message " + text
                    + ": " + po + " does not exist");
            case BROKEN -> Diagnostic.error(MarkdownParityCheck.ID, where, "the translation of " + text
                    + " is not printed: " + problem);
        };
    }

    /** A text on one line, cut after at most 60 characters at a word's end, for messages. */
    public static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 60) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 59);
        return flat.substring(0, cut > 30 ? cut : 59).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
