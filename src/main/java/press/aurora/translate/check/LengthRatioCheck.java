package press.aurora.translate.check;

import com.ibm.icu.text.MessagePattern;
import java.util.List;
import java.util.Locale;
import press.aurora.diag.Diagnostic;

/**
 * A translation much longer than its source will not fit the columns the layout gives it: warned when its
 * printed text is more than {@link CheckSettings#lengthRatio()} times the source's (headlines:
 * {@link CheckSettings#headlineLengthRatio()}). Sources shorter than {@link #MIN_SOURCE_LENGTH} characters are
 * not measured: a word or two always fits. An interface string (ICU pattern) is measured by the longest text it
 * prints, one branch of each plural or select.
 */
public final class LengthRatioCheck implements TranslationCheck {

    public static final String ID = "length-ratio";
    public static final int MIN_SOURCE_LENGTH = 20;

    private final CheckSettings settings;

    public LengthRatioCheck(CheckSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Characters of printed text; of an ICU pattern, the longest text it can print (see {@link #longestIcuText}). */
    private static int printedLength(String text, boolean icu) {
        if (icu) {
            try {
                MessagePattern pattern = new MessagePattern(text);
                return longestIcuText(pattern, 0);
            } catch (IllegalArgumentException e) {
                // the icu-pattern check reports it; measured as written
            }
        }
        String plain = text.strip();
        return plain.codePointCount(0, plain.length());
    }

    /**
     * The length of the longest text the message starting at part {@code start} prints: its literal text, an argument
     * or {@code #} as one character, and of each plural or select the longest branch, never all of them (a Polish or
     * Arabic plural has four or six branches where the English has two, and is no longer for that).
     */
    private static int longestIcuText(MessagePattern pattern, int start) {
        String text = pattern.getPatternString();
        int length = 0;
        int literalFrom = pattern.getPart(start).getLimit();
        for (int i = start + 1; ; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            length += text.codePointCount(literalFrom, part.getIndex());
            switch (part.getType()) {
                case MSG_LIMIT -> {
                    return length;
                }
                case REPLACE_NUMBER, INSERT_CHAR -> length++;
                case ARG_START -> {
                    int limit = pattern.getLimitPartIndex(i);
                    length += part.getArgType().hasPluralStyle() || part.getArgType() == MessagePattern.ArgType.SELECT
                            || part.getArgType() == MessagePattern.ArgType.CHOICE ? longestBranch(pattern, i, limit) : 1;
                    i = limit;
                    part = pattern.getPart(i);
                }
                default -> { }
            }
            literalFrom = part.getLimit();
        }
    }

    private static int longestBranch(MessagePattern pattern, int argStart, int argLimit) {
        int longest = 0;
        for (int j = argStart + 1; j < argLimit; j++) {
            if (pattern.getPart(j).getType() == MessagePattern.Part.Type.MSG_START) {
                longest = Math.max(longest, longestIcuText(pattern, j));
                j = pattern.getLimitPartIndex(j);
            }
        }
        return longest;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        int sourceLength = printedLength(unit.source().plain(), unit.isIcu());
        int targetLength = printedLength(unit.target().plain(), unit.isIcu());
        if (sourceLength < MIN_SOURCE_LENGTH) {
            return List.of();
        }
        boolean headline = unit.kind().isHeadline();
        double max = headline ? settings.headlineLengthRatio() : settings.lengthRatio();
        double ratio = (double) targetLength / sourceLength;
        if (ratio <= max) {
            return List.of();
        }
        // the ratio rounded up, so that one just over the limit never reads as the limit itself (1.6048: 1.61, not 1.60)
        return List.of(Diagnostic.warning(ID, unit.position(), String.format(Locale.ROOT,
                "the translation is %.2f times as long as the source (%d characters for %d; at most %.2f for %s): it may not fit the columns",
                Math.ceil(ratio * 100) / 100, targetLength, sourceLength, max, headline ? "a headline" : "text")));
    }
}
