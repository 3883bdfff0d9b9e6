package press.aurora.translate.check;

import java.util.List;
import java.util.Locale;
import press.aurora.diag.Diagnostic;

/**
 * A translation much longer than its source will not fit the columns the layout gives it: warned when its
 * printed text is more than {@link CheckSettings#lengthRatio()} times the source's (headlines:
 * {@link CheckSettings#headlineLengthRatio()}). Sources shorter than {@link #MIN_SOURCE_LENGTH} characters are
 * not measured: a word or two always fits.
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

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        String source = unit.source().plain().strip();
        String target = unit.target().plain().strip();
        int sourceLength = source.codePointCount(0, source.length());
        int targetLength = target.codePointCount(0, target.length());
        if (sourceLength < MIN_SOURCE_LENGTH) {
            return List.of();
        }
        boolean headline = unit.kind().isHeadline();
        double max = headline ? settings.headlineLengthRatio() : settings.lengthRatio();
        double ratio = (double) targetLength / sourceLength;
        if (ratio <= max) {
            return List.of();
        }
        return List.of(Diagnostic.warning(ID, unit.position(), String.format(Locale.ROOT,
                "the translation is %.2f times as long as the source (%d characters for %d; at most %.2f for %s): it may not fit the columns",
                ratio, targetLength, sourceLength, max, headline ? "a headline" : "text")));
    }
}
