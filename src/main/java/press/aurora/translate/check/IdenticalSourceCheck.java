package press.aurora.translate.check;

import java.util.List;
import press.aurora.diag.Diagnostic;
import press.aurora.translate.WordCounter;

/**
 * A translation identical to a source of {@link #MIN_WORDS} words or more is most likely the source pasted in
 * and never translated. Shorter ones (names, dates, references) are often rightly the same.
 */
public final class IdenticalSourceCheck implements TranslationCheck {

    public static final String ID = "identical-source";
    public static final int MIN_WORDS = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        if (!unit.msgstr().strip().equals(unit.msgid().strip())
                || WordCounter.countMessage(unit.msgid(), unit.isIcu()) < MIN_WORDS) {
            return List.of();
        }
        return List.of(Diagnostic.warning(ID, unit.position(),
                "the translation is the source text itself: translate it (or confirm that it stays in the source language)"));
    }
}
