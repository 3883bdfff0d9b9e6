package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.aurora.diag.Diagnostic;

/**
 * French: the space before ; : ! ? is the renderer's job (press.aurora.edition.PunctuationSpacing sets a
 * narrow no-break space in France, none or a no-break space in Canada). An ordinary space typed there lets the
 * mark be pushed to the next line in every tool that reads the text as typed: write nothing or a no-break space.
 */
public final class FrenchSpacingCheck implements TranslationCheck {

    public static final String ID = "french-spacing";
    private static final Pattern ORDINARY_SPACE_BEFORE = Pattern.compile(" +([;:!?])");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        if (!unit.language().equals("fr") && !unit.language().startsWith("fr_")) {
            return List.of();
        }
        String text = unit.target().plain();
        List<Diagnostic> found = new ArrayList<>();
        Matcher m = ORDINARY_SPACE_BEFORE.matcher(text);
        while (m.find()) {
            String context = text.substring(Math.max(0, m.start() - 12), m.end()).strip();
            found.add(Diagnostic.warning(ID, unit.position(), "ordinary space before '" + m.group(1) + "' in \"…" + context
                    + "\": write no space (or a no-break space); the renderer sets French spacing"));
        }
        return found;
    }
}
