package press.aurora.model;

import java.util.List;

/** Inline content of a paragraph, heading or title. */
public sealed interface Inline {

    /** Plain text, already unescaped. */
    record Text(String text) implements Inline {
    }

    record Emphasis(List<Inline> children) implements Inline {
        public Emphasis {
            children = List.copyOf(children);
        }
    }

    record Strong(List<Inline> children) implements Inline {
        public Strong {
            children = List.copyOf(children);
        }
    }

    record Code(String text) implements Inline {
    }

    record Link(String target, List<Inline> children) implements Inline {
        public Link {
            children = List.copyOf(children);
        }
    }

    /** Text raised or lowered and set smaller: {@code <sup>} and {@code <sub>} in the Markdown (19th, CO2). */
    record Shifted(Shift shift, List<Inline> children) implements Inline {
        public Shifted {
            java.util.Objects.requireNonNull(shift, "shift");
            children = List.copyOf(children);
        }
    }

    /** Which way a {@link Shifted} text moves off the baseline. */
    enum Shift {
        SUPERSCRIPT, SUBSCRIPT
    }

    /** A reference to the article's note with this label. */
    record NoteRef(String label) implements Inline {
    }

    /** A hard line break. */
    record LineBreak() implements Inline {
    }

    /** A quotation; its marks come from the edition's locale, nested ones get the alternate marks. */
    record Quoted(List<Inline> children) implements Inline {
        public Quoted {
            children = List.copyOf(children);
        }
    }
}
