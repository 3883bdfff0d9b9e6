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
import press.aurora.diag.SourcePosition;
import press.aurora.io.PartialFile;
import press.aurora.edition.InterfaceStrings;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.model.Issue;
import press.aurora.translate.po.PluralForms;
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

    private final Instant now;
    private final List<FileResult> results = new ArrayList<>();

    private Extraction(Instant now) {
        this.now = now;
    }

    /**
     * @param newLanguages languages to create (their folder may not exist yet); every existing language folder is updated too
     */
    public static List<FileResult> run(Issue issue, InterfaceStrings strings, TranslationsLayout layout,
                                       List<String> newLanguages, Instant now) {
        Extraction extraction = new Extraction(now);
        TreeSet<String> languages = new TreeSet<>(layout.languages());
        languages.addAll(newLanguages);
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
        return List.copyOf(extraction.results);
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
            Optional<Catalog> existing = Catalog.read(target.file());
            existing.filter(c -> !c.problems().isEmpty()).ifPresent(c -> {
                throw new ContentException(c.problemDiagnostics().get(0));
            });
            PoHeader header;
            if (existing.isPresent()) {
                header = PoHeaders.merged(existing.get().po().header(), template.header());
            } else {
                if (PluralForms.find(target.language()).isEmpty()) {
                    throw ContentException.at(SourcePosition.of(target.file().getParent()), "unknown-language",
                            "no Plural-Forms known for language '" + target.language()
                                    + "': use a gettext language code such as fr, it, es, pt_BR");
                }
                header = PoHeaders.newCatalog(template.header(), target.language(), PoHeaders.date(now));
            }
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
