package press.aurora.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import press.aurora.diag.ContentException;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.io.PartialFile;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.translate.po.PoFile;
import press.aurora.translate.po.PoHeader;
import press.aurora.translate.po.PoStatistics;
import press.aurora.translate.po.PoWriter;

/**
 * {@code aurora extract}: writes the templates of an issue and of the interface strings, then brings every
 * language's PO files up to date with them ({@link CatalogMerger}). A file is written only when its text
 * changes, and a template keeps its POT-Creation-Date while its messages do not change, so running it twice
 * gives byte-identical files.
 */
public final class Extraction {

    /** One file extract looked at: whether it was written, and its counts. */
    public record FileResult(Path file, String language, boolean created, boolean changed, PoStatistics statistics) {
    }

    /** The files extract looked at, and the language folders and PO files it had to skip, with why. */
    public record Outcome(List<FileResult> files, List<Diagnostic> skipped) {
        public Outcome {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /** The code of the problem "this language folder is not a language the program can handle". */
    public static final String UNKNOWN_LANGUAGE = "unknown-language";

    private final Instant now;
    private final List<FileResult> results = new ArrayList<>();
    private final List<Diagnostic> skipped = new ArrayList<>();

    private Extraction(Instant now) {
        this.now = now;
    }

    /**
     * A language folder the program cannot handle ({@link LanguageCode}), or a PO file it cannot read, is
     * skipped and reported; the other languages and files are still brought up to date.
     *
     * @param newLanguages languages to create (their folder may not exist yet); every existing language folder is updated too
     */
    public static Outcome run(Issue issue, InterfaceStrings strings, TranslationsLayout layout,
                              List<String> newLanguages, Instant now) {
        Extraction extraction = new Extraction(now);
        TreeSet<String> languages = new TreeSet<>(layout.languages());
        languages.addAll(newLanguages);
        languages.removeIf(language -> extraction.skipsUnknown(language, layout));
        for (Article article : issue.articles()) {
            List<Message> messages = MessageExtractor.extract(article, I18nDirectives.read(article.file()));
            String description = "Aurora " + issue.id() + ": " + layout.reference(SourcePosition.of(article.file()));
            extraction.update(messages, layout::reference, "Aurora " + issue.id(), description, layout.template(issue.id(), article.id()),
                    languages.stream().map(l -> new Target(l, layout.catalog(l, issue.id(), article.id()))).toList());
        }
        Function<SourcePosition, String> stylesReference = stylesReference(stringsFile(strings));
        extraction.update(MessageExtractor.extract(strings), stylesReference, "Aurora interface strings",
                "Aurora: the interface strings of the layout (" + stylesReference.apply(SourcePosition.of(stringsFile(strings))) + ")",
                layout.stringsTemplate(), languages.stream().map(l -> new Target(l, layout.strings(l))).toList());
        return new Outcome(extraction.results, extraction.skipped);
    }

    /** True, and reported, when the program cannot handle the language. */
    private boolean skipsUnknown(String language, TranslationsLayout layout) {
        Optional<String> problem = LanguageCode.problem(language);
        problem.ifPresent(p -> skipped.add(Diagnostic.error(UNKNOWN_LANGUAGE, SourcePosition.of(layout.root().resolve(language)),
                p + "; skipped")));
        return problem.isPresent();
    }

    /**
     * References into styles/ are relative to the folder that holds styles/ (the workspace), so that they read
     * {@code styles/strings.yaml:4} whichever translations/ folder an issue uses.
     */
    private static Function<SourcePosition, String> stylesReference(Path stringsFile) {
        Path styles = stringsFile.toAbsolutePath().normalize().getParent();
        return new TranslationsLayout(styles.getParent() == null ? styles : styles.getParent().resolve(TranslationsLayout.FOLDER))::reference;
    }

    private static Path stringsFile(InterfaceStrings strings) {
        return strings.patterns().keySet().stream().map(strings::position).filter(p -> p != null).map(SourcePosition::file)
                .findFirst().orElse(Path.of("styles", InterfaceStrings.FILE_NAME));
    }

    private record Target(String language, Path file) {
    }

    private void update(List<Message> messages, Function<SourcePosition, String> reference, String project, String description,
                        Path templateFile, List<Target> targets) {
        PoFile template = template(messages, reference, project, description, templateFile);
        for (Target target : targets) {
            Optional<Catalog> existing;
            try {
                existing = Catalog.read(target.file());
            } catch (ContentException e) {
                skipped.add(e.diagnostic());
                continue;
            }
            if (existing.isPresent() && !existing.get().problems().isEmpty()) {
                Diagnostic first = existing.get().problemDiagnostics().get(0);
                skipped.add(new Diagnostic(first.severity(), first.code(), first.position(), first.message()
                        + "; this file is not updated until it is mended"));
                continue;
            }
            PoHeader header = existing.isPresent()
                    ? PoHeaders.merged(existing.get().po().header(), template.header())
                    : PoHeaders.newCatalog(template.header(), target.language(), PoHeaders.date(now));
            PoFile merged = CatalogMerger.merge(template, existing.map(Catalog::po).orElse(null), header);
            boolean changed = write(target.file(), PoWriter.write(merged));
            results.add(new FileResult(target.file(), target.language(), existing.isEmpty(), changed, PoStatistics.of(merged)));
        }
    }

    /** The template, written when its messages changed; it keeps its creation date otherwise. */
    private PoFile template(List<Message> messages, Function<SourcePosition, String> reference, String project,
                            String description, Path file) {
        String oldText = readIfExists(file);
        String oldDate = oldText == null ? null : Catalog.read(file).map(c -> c.po().header())
                .map(h -> h.get(PoHeaders.POT_CREATION_DATE)).orElse(null);
        if (oldDate != null) {
            PoFile same = TemplateBuilder.build(PoHeaders.template(project, description, oldDate), messages, reference);
            if (PoWriter.write(same).equals(oldText)) {
                results.add(new FileResult(file, null, false, false, PoStatistics.of(same)));
                return same;
            }
        }
        PoFile fresh = TemplateBuilder.build(PoHeaders.template(project, description, PoHeaders.date(now)), messages, reference);
        write(file, PoWriter.write(fresh));
        results.add(new FileResult(file, null, oldText == null, true, PoStatistics.of(fresh)));
        return fresh;
    }

    private static String readIfExists(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(file), "unreadable-file", "cannot read: " + e.getMessage());
        }
    }

    /** Writes the text unless the file already holds it; true when written. */
    private static boolean write(Path file, String text) {
        if (text.equals(readIfExists(file))) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            PartialFile partial = PartialFile.create(file);
            try {
                Files.writeString(partial.path(), text, StandardCharsets.UTF_8);
                partial.commit();
            } finally {
                partial.discard();
            }
            return true;
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(file), "unwritable-file", "cannot write: " + e.getMessage());
        }
    }
}
