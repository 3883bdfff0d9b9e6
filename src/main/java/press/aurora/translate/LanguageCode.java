package press.aurora.translate;

import java.util.Optional;
import java.util.regex.Pattern;
import press.aurora.translate.po.PluralForms;

/**
 * What makes a name a language the program can translate into: a gettext language code ({@code fa},
 * {@code pt_BR}, {@code sr_Latn}, {@code sr@latin}) whose plural rule the language data knows.
 */
public final class LanguageCode {

    /** Language (2–3 letters), then an optional script, an optional region, an optional @variant. */
    private static final Pattern GETTEXT_CODE =
            Pattern.compile("[a-z]{2,3}(_[A-Z][a-z]{3})?(_([A-Z]{2}|[0-9]{3}))?(@[a-z0-9]+)?");

    private LanguageCode() {
    }

    /** Why the program cannot handle the language, or empty when it can. */
    public static Optional<String> problem(String language) {
        if (!GETTEXT_CODE.matcher(language).matches()) {
            String underscored = language.replace('-', '_');
            String hint = !underscored.equals(language) && GETTEXT_CODE.matcher(underscored).matches()
                    ? ": write " + underscored + " (gettext joins language, script and region with _, not -)"
                    : " (such as fa, de, pt_BR, sr_Latn)";
            return Optional.of("'" + language + "' is not a gettext language code" + hint);
        }
        if (PluralForms.find(language).isEmpty()) {
            return Optional.of("no plural rule is known for language '" + language
                    + "' (the language data has several hundred: give a code from it, such as fa, de, pt_BR)");
        }
        return Optional.empty();
    }
}
