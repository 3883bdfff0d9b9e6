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

    /** A do-not-translate name and the pattern that finds it as a whole word. */
    private record Name(String name, Pattern word) {
    }

    private final List<Name> names;

    public GlossaryCheck(Glossary glossary) {
        this.names = glossary.doNotTranslate().stream()
                .map(name -> new Name(name, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")))
                .toList();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        List<Diagnostic> found = new ArrayList<>();
        for (Name name : names) {
            if (unit.msgid().contains(name.name()) && name.word().matcher(unit.msgid()).find()
                    && !name.word().matcher(unit.msgstr()).find()) {
                found.add(Diagnostic.warning(ID, unit.position(), "'" + name.name()
                        + "' is on the do-not-translate list (translations/glossary.yaml) but is not in the translation"));
            }
        }
        return found;
    }
}
