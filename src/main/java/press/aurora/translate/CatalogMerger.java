package press.aurora.translate;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;
import press.aurora.translate.po.PoHeader;

/**
 * Brings a language's catalogue up to date with a template, with GNU msgmerge's semantics:
 *
 * <ul>
 * <li>a message whose msgctxt and msgid are unchanged keeps its translation, its translator comments and its
 *     fuzzy state; comments, references and flags come from the template (an obsolete entry that matches
 *     exactly comes back to life);</li>
 * <li>a new message similar to an old translated one ({@link Similarity#ratio} at least {@link #FUZZY_THRESHOLD},
 *     msgmerge's own threshold) gets that translation back, marked {@code fuzzy}, with the old text as
 *     {@code #| msgid} so the translator sees what changed; otherwise it is untranslated;</li>
 * <li>an old entry that no message uses any more becomes obsolete ({@code #~}), never deleted, when it has a
 *     translation (an entry with nothing translated is dropped, as msgmerge does); obsolete entries stay;</li>
 * <li>entries follow the template's order, obsolete ones at the end.</li>
 * </ul>
 *
 * <p>Merging the result again with the same template gives the same catalogue.
 */
public final class CatalogMerger {

    /** The least similarity for a fuzzy match: 0.6, as msgmerge's FUZZY_THRESHOLD. */
    public static final double FUZZY_THRESHOLD = 0.6;

    private CatalogMerger() {
    }

    /**
     * @param existing the language's catalogue, or null for a new one
     * @param header   the header to write (see {@link PoHeaders})
     */
    public static PoFile merge(PoFile template, PoFile existing, PoHeader header) {
        List<PoEntry> old = existing == null ? List.of() : existing.entries();
        Map<PoEntry, Boolean> used = new IdentityHashMap<>();
        List<PoEntry> merged = new ArrayList<>();
        List<PoEntry> unmatched = new ArrayList<>();
        List<Integer> unmatchedAt = new ArrayList<>();
        for (PoEntry wanted : template.entries()) {
            PoEntry exact = exact(old, wanted);
            if (exact != null) {
                used.put(exact, true);
                merged.add(kept(wanted, exact));
            } else {
                unmatchedAt.add(merged.size());
                unmatched.add(wanted);
                merged.add(null);
            }
        }
        for (int i = 0; i < unmatched.size(); i++) {
            PoEntry wanted = unmatched.get(i);
            PoEntry similar = mostSimilar(old, used, wanted);
            merged.set(unmatchedAt.get(i), similar == null ? wanted : fuzzy(wanted, similar));
            if (similar != null) {
                used.put(similar, true);
            }
        }
        for (PoEntry entry : old) {
            if (!used.containsKey(entry) && entry.msgstr().stream().anyMatch(s -> !s.isEmpty())) {
                merged.add(entry.obsolete() ? entry : obsolete(entry));
            }
        }
        return PoFile.of(header, merged);
    }

    private static PoEntry exact(List<PoEntry> old, PoEntry wanted) {
        PoEntry obsolete = null;
        for (PoEntry entry : old) {
            if (Objects.equals(entry.msgctxt(), wanted.msgctxt()) && entry.msgid().equals(wanted.msgid())) {
                if (!entry.obsolete()) {
                    return entry;
                }
                obsolete = obsolete == null ? entry : obsolete;
            }
        }
        return obsolete;
    }

    /** The template's entry with the old translation, translator comments and fuzzy state. */
    private static PoEntry kept(PoEntry wanted, PoEntry old) {
        PoEntry.Builder b = fromTemplate(wanted, old.translatorComments(), old.isFuzzy());
        if (old.isFuzzy()) {
            b.previous(old.previousMsgctxt(), old.previousMsgid()).previousMsgidPlural(old.previousMsgidPlural());
        }
        return b.msgstr(old.msgstr()).build();
    }

    private static PoEntry fuzzy(PoEntry wanted, PoEntry old) {
        boolean hadPrevious = old.isFuzzy() && old.previousMsgid() != null;
        return fromTemplate(wanted, old.translatorComments(), true)
                .previous(hadPrevious ? old.previousMsgctxt() : old.msgctxt(), hadPrevious ? old.previousMsgid() : old.msgid())
                .msgstr(old.msgstr()).build();
    }

    /** The template's entry with the translator's comments; fuzzy comes first among the flags, as gettext writes it. */
    private static PoEntry.Builder fromTemplate(PoEntry wanted, List<String> translatorComments, boolean fuzzy) {
        PoEntry.Builder b = PoEntry.builder(wanted.msgid()).msgctxt(wanted.msgctxt()).msgidPlural(wanted.msgidPlural())
                .fuzzy(fuzzy);
        translatorComments.forEach(b::translatorComment);
        wanted.extractedComments().forEach(b::extractedComment);
        wanted.references().forEach(b::reference);
        Set<String> flags = wanted.flags();
        flags.stream().filter(f -> !f.equals(PoEntry.FUZZY)).forEach(b::flag);
        return b;
    }

    private static PoEntry obsolete(PoEntry entry) {
        PoEntry.Builder b = PoEntry.builder(entry.msgid()).msgctxt(entry.msgctxt()).msgidPlural(entry.msgidPlural())
                .previous(entry.previousMsgctxt(), entry.previousMsgid()).previousMsgidPlural(entry.previousMsgidPlural())
                .obsolete(true).msgstr(entry.msgstr());
        entry.translatorComments().forEach(b::translatorComment);
        entry.extractedComments().forEach(b::extractedComment);
        entry.flags().forEach(b::flag);
        return b.build();
    }

    /** The translated old entry most like the wanted one, if it is similar enough; exact matches are taken first. */
    private static PoEntry mostSimilar(List<PoEntry> old, Map<PoEntry, Boolean> used, PoEntry wanted) {
        List<String> tokens = Similarity.tokens(wanted.msgid());
        PoEntry best = null;
        double bestRatio = FUZZY_THRESHOLD;
        for (PoEntry candidate : old) {
            if (used.containsKey(candidate) || candidate.msgstr().get(0).isEmpty()
                    || candidate.hasPlural() != wanted.hasPlural()) {
                continue;
            }
            List<String> other = Similarity.tokens(candidate.msgid());
            if (Similarity.quickRatio(tokens, other) < bestRatio) {
                continue;
            }
            double ratio = Similarity.ratio(tokens, other);
            if (ratio >= bestRatio && (best == null || ratio > bestRatio)) {
                best = candidate;
                bestRatio = ratio;
            }
        }
        return best;
    }
}
