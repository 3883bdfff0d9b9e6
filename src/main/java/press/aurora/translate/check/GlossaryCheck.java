package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import press.aurora.diag.Diagnostic;

/**
 * A do-not-translate name of the glossary that the source uses is in the translation too, written the same
 * (matched as a whole word, case-sensitive). A warning: a translation may name it once where the source
 * repeats it.
 */
public final class GlossaryCheck implements TranslationCheck {

    public static final String ID = "glossary";

    private final Glossary glossary;

    public GlossaryCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        List<Diagnostic> found = new ArrayList<>();
        for (String name : glossary.doNotTranslate()) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
            if (word.matcher(unit.msgid()).find() && !word.matcher(unit.msgstr()).find()) {
                found.add(Diagnostic.warning(ID, unit.position(), "'" + name
                        + "' is on the do-not-translate list (translations/glossary.yaml) but is not in the translation"));
            }
        }
        return found;
    }
}
