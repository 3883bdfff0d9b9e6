package press.aurora.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import press.aurora.config.ArticleRole;

/** One article: front-matter fields, body blocks and notes. */
public record Article(String id, ArticleRole role, Path file, InlineText title, Optional<InlineText> kicker,
                      Optional<InlineText> standfirst, Optional<String> author, List<Block> body, List<Note> notes) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kicker, "kicker");
        Objects.requireNonNull(standfirst, "standfirst");
        Objects.requireNonNull(author, "author");
        body = List.copyOf(body);
        notes = List.copyOf(notes);
    }

    /** The note's number for a label, or 0 when the article has no such note. */
    public int noteNumber(String label) {
        return notes.stream().filter(n -> n.label().equals(label)).mapToInt(Note::number).findFirst().orElse(0);
    }
}
