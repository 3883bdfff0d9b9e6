package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.aurora.diag.Diagnostic;

/**
 * The translation keeps the source's Markdown: it is one paragraph of inline text (no extra block, nothing the
 * layout cannot print, such as an image), with the same number of links and the same relative link targets,
 * the same footnote references, code spans and hard line breaks, and no stray emphasis marker printed as is.
 * Emphasis used differently is a warning: languages may stress other words.
 */
public final class MarkdownParityCheck implements TranslationCheck {

    public static final String ID = "markdown-parity";
    private static final Pattern STRAY_EMPHASIS = Pattern.compile("\\*|(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])");
    private static final Pattern STRAY_LINK = Pattern.compile("\\[\\^|]\\(|]\\[");
    /** Every match of {@link #STRAY_EMPHASIS} has a {@code *} or {@code _}, every match of {@link #STRAY_LINK} a {@code [} or {@code ]}. */
    private static final int EMPHASIS_MARKS = 1 | 2;
    private static final int LINK_MARKS = 4 | 8;
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        if (unit.isIcu()) {
            return List.of();
        }
        if (!unit.source().parses()) {
            return List.of(error(unit, "the source text is not one paragraph of Markdown the program reads ("
                    + unit.source().problem().diagnostic().message() + "), so its Markdown cannot be compared with the translation's: "
                    + "run aurora extract to bring the PO file up to date"));
        }
        if (!unit.target().parses()) {
            return List.of(error(unit, "the translation must be one paragraph of text like the source: "
                    + unit.target().problem().diagnostic().message()));
        }
        InlineFeatures source = unit.source().features();
        InlineFeatures target = unit.target().features();
        List<Diagnostic> found = new ArrayList<>();
        if (source.linkTargets().size() != target.linkTargets().size()) {
            found.add(error(unit, "the source has " + count(source.linkTargets().size(), "link") + ", the translation "
                    + target.linkTargets().size()));
        } else {
            missing(relative(source.linkTargets()), relative(target.linkTargets()))
                    .forEach(t -> found.add(error(unit, "link target '" + t + "' of the source is missing: relative targets stay as they are")));
        }
        missing(source.noteLabels(), target.noteLabels())
                .forEach(l -> found.add(error(unit, "footnote reference [^" + l + "] of the source is missing")));
        missing(target.noteLabels(), source.noteLabels())
                .forEach(l -> found.add(error(unit, "footnote reference [^" + l + "] is not in the source")));
        missing(source.codeSpans(), target.codeSpans())
                .forEach(c -> found.add(error(unit, "code span `" + c + "` of the source is missing")));
        missing(target.codeSpans(), source.codeSpans())
                .forEach(c -> found.add(error(unit, "code span `" + c + "` is not in the source")));
        if (source.lineBreaks() != target.lineBreaks()) {
            found.add(error(unit, "the source has " + count(source.lineBreaks(), "hard line break") + ", the translation "
                    + target.lineBreaks()));
        }
        int targetMarks = marks(target.plainText());
        int sourceMarks = marks(source.plainText());
        if (strays(STRAY_EMPHASIS, target.plainText(), targetMarks & EMPHASIS_MARKS)
                > strays(STRAY_EMPHASIS, source.plainText(), sourceMarks & EMPHASIS_MARKS)) {
            found.add(error(unit, "unbalanced emphasis: a '*' or '_' would be printed as is; close the emphasis or remove the marker"));
        } else if (source.emphasis() != target.emphasis() || source.strong() != target.strong()) {
            found.add(Diagnostic.warning(ID, unit.position(), "emphasis differs: the source has " + source.emphasis()
                    + " *emphasis* and " + source.strong() + " **strong**, the translation " + target.emphasis() + " and "
                    + target.strong()));
        }
        if (strays(STRAY_LINK, target.plainText(), targetMarks & LINK_MARKS)
                > strays(STRAY_LINK, source.plainText(), sourceMarks & LINK_MARKS)) {
            found.add(error(unit, "broken link or footnote syntax: '[^', '](' or '][' would be printed as is"));
        }
        return found;
    }

    private static Diagnostic error(TranslationUnit unit, String message) {
        return Diagnostic.error(ID, unit.position(), message);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static List<String> relative(List<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return targets.stream().filter(t -> !ABSOLUTE.matcher(t).matches()).toList();
    }

    /** The items of {@code wanted} that {@code have} lacks, counting repeats. */
    static List<String> missing(List<String> wanted, List<String> have) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> left = new ArrayList<>(have);
        List<String> missing = new ArrayList<>();
        for (String item : wanted) {
            if (!left.remove(item)) {
                missing.add(item);
            }
        }
        return missing;
    }

    /**
     * Matches of {@code pattern} in {@code text}, searched only when the text has one of the marks every match
     * has ({@code marks}: those of them it has, from {@link #marks}).
     */
    private static long strays(Pattern pattern, String text, int marks) {
        return marks == 0 ? 0 : pattern.matcher(text).results().count();
    }

    /** Which of {@code * _ [ ]} the text has, one bit each ({@link #EMPHASIS_MARKS}, {@link #LINK_MARKS}), found in one pass. */
    private static int marks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '*' -> marks |= 1;
                case '_' -> marks |= 2;
                case '[' -> marks |= 4;
                case ']' -> marks |= 8;
                default -> { }
            }
        }
        return marks;
    }
}
