package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.aurora.diag.Diagnostic;

/**
 * The translation keeps the source's e-mail addresses and URLs (an error: a reader could not reach us) and its
 * numbers (a warning: a translator may write a number in words). Numbers compare by their digits, so
 * {@code 300,000}, {@code 300.000} and {@code 300 000} (with a no-break space) are the same number, and so is
 * the number in another script's digits: Persian {@code ۳۰۰٬۰۰۰} is {@code 300,000}, {@code ۱۹۱۷} is {@code 1917}.
 * Footnote labels are not numbers of the text.
 */
public final class PlaceholderCheck implements TranslationCheck {

    public static final String ID = "placeholder-kept";

    /** The msgids' placeholders, found once however many languages repeat a msgid (languages are checked at once). */
    private final Map<String, Placeholders> sources = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        Placeholders source = sources.computeIfAbsent(unit.msgid(), Placeholders::of);
        Placeholders target = Placeholders.of(unit.msgstr());
        List<Diagnostic> found = new ArrayList<>();
        for (String email : source.emails()) {
            if (!target.emails().contains(email)) {
                found.add(Diagnostic.error(ID, unit.position(), "e-mail address " + email + " of the source is missing"));
            }
        }
        for (String url : source.urls()) {
            if (!target.urls().contains(url)) {
                found.add(Diagnostic.error(ID, unit.position(), "address " + url + " of the source is missing"));
            }
        }
        for (String number : source.numbers()) {
            if (!target.numbers().contains(number)) {
                found.add(Diagnostic.warning(ID, unit.position(), "number " + number + " of the source is missing"));
            }
        }
        return found;
    }
}
