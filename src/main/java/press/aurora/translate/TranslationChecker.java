package press.aurora.translate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.translate.check.CheckSettings;
import press.aurora.translate.check.FrenchSpacingCheck;
import press.aurora.translate.check.Glossary;
import press.aurora.translate.check.GlossaryCheck;
import press.aurora.translate.check.IcuPatternCheck;
import press.aurora.translate.check.IdenticalSourceCheck;
import press.aurora.translate.check.LengthRatioCheck;
import press.aurora.translate.check.MarkdownParityCheck;
import press.aurora.translate.check.PlaceholderCheck;
import press.aurora.translate.check.ParsedTexts;
import press.aurora.translate.check.PoSyntaxCheck;
import press.aurora.translate.check.TranslationCheck;
import press.aurora.translate.check.TranslationUnit;
import press.aurora.translate.po.PoEntry;

/**
 * {@code aurora check} for one language: counts every PO file of the issue (and strings.po) and lists every
 * problem. Per file: what the PO reader found ({@link PoSyntaxCheck}); a missing file; messages of the source
 * that the file lacks, or that the source no longer has ({@code stale-catalog}: run extract); each fuzzy and
 * untranslated message; and, on every translated message, the {@link TranslationCheck}s.
 */
public final class TranslationChecker {

    public static final String MISSING_CATALOG = "missing-catalog";
    public static final String STALE_CATALOG = "stale-catalog";
    public static final String ORPHAN_CATALOG = "orphan-catalog";

    private final List<TranslationCheck> checks;
    /** Each article's messages, extracted once however many languages are checked (thread-safe: languages may be checked at once). */
    private final Map<Path, List<Message>> sourceMessages = new ConcurrentHashMap<>();
    /** The msgids parsed and counted once, however many languages repeat them. */
    private final ParsedTexts sourceTexts = new ParsedTexts();

    public TranslationChecker(List<TranslationCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every check of the project, in the order their problems are listed. */
    public static TranslationChecker standard(Glossary glossary, CheckSettings settings) {
        return new TranslationChecker(List.of(new MarkdownParityCheck(), new PlaceholderCheck(), new GlossaryCheck(glossary),
                new LengthRatioCheck(settings), new FrenchSpacingCheck(), new IcuPatternCheck(), new IdenticalSourceCheck()));
    }

    public LanguageReport check(String language, Issue issue, InterfaceStrings strings, TranslationsLayout layout) {
        List<FileReport> files = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Article article : issue.articles()) {
            List<Message> messages = sourceMessages.computeIfAbsent(article.file(),
                    file -> MessageExtractor.extract(article, I18nDirectives.read(file)));
            files.add(checkFile(language, article.id(), layout.catalog(language, issue.id(), article.id()), messages, diagnostics));
        }
        files.add(checkFile(language, TranslationsLayout.STRINGS, layout.strings(language), MessageExtractor.extract(strings),
                diagnostics));
        diagnostics.addAll(orphans(language, issue, layout));
        return new LanguageReport(language, files, diagnostics);
    }

    /**
     * PO files of the issue's folder that no article has: after an article is renamed in issue.yaml, extract starts
     * an empty file under the new name and the translations stay behind in the old one, unused, unless someone says so.
     */
    private static List<Diagnostic> orphans(String language, Issue issue, TranslationsLayout layout) {
        List<Diagnostic> found = new ArrayList<>();
        for (Path file : layout.catalogs(language, issue.id())) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".po".length());
            if (issue.articles().stream().noneMatch(a -> a.id().equals(id))) {
                found.add(Diagnostic.warning(ORPHAN_CATALOG, SourcePosition.of(file), "issue " + issue.id()
                        + " has no article '" + id + "': this PO file is neither printed nor checked; if the article was "
                        + "renamed, rename the file to the article's new id and run 'aurora extract' to keep its translations"));
            }
        }
        return found;
    }

    private FileReport checkFile(String language, String name, Path file, List<Message> messages, List<Diagnostic> out) {
        Map<MessageKey, Message> expected = new LinkedHashMap<>();
        messages.forEach(m -> expected.putIfAbsent(m.key(), m));
        Optional<Catalog> read = Catalog.read(file);
        if (read.isEmpty()) {
            out.add(Diagnostic.error(MISSING_CATALOG, SourcePosition.of(file), "no PO file for " + name
                    + ": run 'aurora extract --lang " + language + "'"));
            int words = expected.values().stream().mapToInt(m -> sourceTexts.words(m.msgid(), m.isIcu())).sum();
            return new FileReport(file, name, false, new Counts(0, 0, expected.size(), 0), new Counts(0, 0, words, 0), List.of());
        }
        Catalog catalog = read.get();
        List<Diagnostic> found = new ArrayList<>();
        FileReport report = checkEntries(language, name, catalog, expected, found);
        int missing = 0;
        int missingWords = 0;
        List<PendingMessage> notInFile = new ArrayList<>();
        for (Message message : expected.values()) {
            if (catalog.find(message.key()).isEmpty()) {
                found.add(Diagnostic.error(STALE_CATALOG, message.where(), "message \"" + Fallback.excerpt(message.msgid())
                        + "\" is not in " + SourcePosition.displayPath(file) + ": run 'aurora extract'"));
                missing++;
                missingWords += sourceTexts.words(message.msgid(), message.isIcu());
                notInFile.add(new PendingMessage(message.where(), PendingMessage.State.UNTRANSLATED, message.msgctxt(),
                        message.msgid(), null, ""));
            }
        }
        found.sort(Comparator.comparing((Diagnostic d) -> !d.position().file().equals(file))
                .thenComparingInt(d -> d.position().line()));
        out.addAll(found);
        if (missing == 0) {
            return report;
        }
        // what the source has and the file lacks is untranslated until extract brings it in
        List<PendingMessage> pending = new ArrayList<>(report.pending());
        pending.addAll(notInFile);
        return new FileReport(file, name, true, report.messages().plus(new Counts(0, 0, missing, 0)),
                report.words().plus(new Counts(0, 0, missingWords, 0)), pending);
    }

    /** The problems of one PO file on its own, without comparing it with the source: for tools and tests. */
    public List<Diagnostic> checkCatalog(String language, Catalog catalog) {
        List<Diagnostic> found = new ArrayList<>();
        checkEntries(language, catalog.file().getFileName().toString(), catalog, null, found);
        found.sort(Comparator.comparingInt(d -> d.position().line()));
        return found;
    }

    /** @param expected the source's messages by key, or null not to compare with the source */
    private FileReport checkEntries(String language, String name, Catalog catalog, Map<MessageKey, Message> expected,
                                    List<Diagnostic> found) {
        found.addAll(PoSyntaxCheck.check(catalog, language));
        Counts messageCounts = Counts.ZERO;
        Counts wordCounts = Counts.ZERO;
        List<PendingMessage> pending = new ArrayList<>();
        for (PoEntry entry : catalog.po().entries()) {
            Message source = expected == null ? null : expected.get(MessageKey.of(entry));
            boolean icu = source != null ? source.isIcu() : entry.flags().contains(Message.ICU_MESSAGE_FORMAT);
            Counts one = state(entry);
            // a message the source no longer has is counted as obsolete: extract will make it so
            boolean stale = source == null && expected != null && !entry.obsolete();
            Counts counted = stale ? OBSOLETE : one;
            messageCounts = messageCounts.plus(counted);
            int words = sourceTexts.words(entry.msgid(), icu);
            wordCounts = wordCounts.plus(new Counts(counted.translated() * words, counted.fuzzy() * words,
                    counted.untranslated() * words, counted.obsolete() * words));
            if (entry.obsolete()) {
                continue;
            }
            SourcePosition where = catalog.position(entry);
            if (stale) {
                found.add(Diagnostic.warning(STALE_CATALOG, where, "message " + quoted(entry)
                        + " is no longer in the source: run 'aurora extract' (a changed message keeps its translation as fuzzy, "
                        + "a removed one becomes obsolete)"));
                if (one.translated() == 0) {
                    continue;
                }
            }
            if (one.fuzzy() > 0) {
                pending.add(new PendingMessage(where, PendingMessage.State.FUZZY, entry.msgctxt(), entry.msgid(),
                        entry.previousMsgid(), entry.msgstr().get(0)));
                found.add(Diagnostic.warning("fuzzy", where, "fuzzy translation of " + quoted(entry)
                        + ": the source changed; compare with the #| msgid, update the msgstr and remove the fuzzy flag"));
            } else if (one.untranslated() > 0) {
                pending.add(new PendingMessage(where, PendingMessage.State.UNTRANSLATED, entry.msgctxt(), entry.msgid(),
                        null, ""));
                found.add(Diagnostic.warning("untranslated", where, "untranslated message " + quoted(entry)));
            } else {
                TranslationUnit unit = TranslationUnit.of(language, where, entry, kind(source, entry, icu), sourceTexts);
                checks.forEach(check -> found.addAll(check.check(unit)));
            }
        }
        return new FileReport(catalog.file(), name, true, messageCounts, wordCounts, pending);
    }

    /** The entry's msgid cut short for a message, in quotes. */
    private static String quoted(PoEntry entry) {
        return '"' + Fallback.excerpt(entry.msgid()) + '"';
    }

    private static final Counts OBSOLETE = new Counts(0, 0, 0, 1);

    /** One count for the entry's state, by msgfmt --statistics' rules (see {@link Counts}). */
    static Counts state(PoEntry entry) {
        if (entry.obsolete()) {
            return OBSOLETE;
        } else if (entry.msgstr().get(0).isEmpty()) {
            return new Counts(0, 0, 1, 0);
        } else if (entry.isFuzzy()) {
            return new Counts(0, 1, 0, 0);
        } else if (!entry.isTranslated()) {
            return new Counts(0, 0, 1, 0);
        }
        return new Counts(1, 0, 0, 0);
    }

    private static TextKind kind(Message source, PoEntry entry, boolean icu) {
        if (icu) {
            return TextKind.INTERFACE_STRING;
        }
        if (source != null) {
            return source.kind();
        }
        return entry.extractedComments().stream().map(TextKind::ofRole).filter(k -> k != null).findFirst()
                .orElse(TextKind.PARAGRAPH);
    }
}
