package press.aurora.translate.po;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * The {@code Plural-Forms} header value for a language: the rule GNU msginit writes where gettext has one,
 * otherwise the CLDR-derived rule; both come from the language data file ({@link LanguageData}), not from code.
 */
public final class PluralForms {

    private static final Pattern NPLURALS = Pattern.compile("(?:^|;)\\s*nplurals\\s*=\\s*(\\d{1,3})\\s*(?:;|$)");
    private static final Pattern PLURAL = Pattern.compile("(?:^|;)\\s*plural\\s*=\\s*[^;\\s][^;]*;?");
    private static final Pattern EXPRESSION = Pattern.compile("(?:^|;)\\s*plural\\s*=([^;]*)");

    private PluralForms() {
    }

    /** The plural rule of a language code such as {@code fr}, {@code fr_FR}, {@code fr-CA}, {@code pt_BR}, {@code zh_CN}. */
    public static Optional<PluralRule> rule(String language) {
        return LanguageData.get().find(language);
    }

    /** The Plural-Forms value for a language code, if the language data has the language. */
    public static Optional<String> find(String language) {
        return rule(language).map(PluralRule::headerValue);
    }

    /** Like {@link #find(String)} but an unknown language is an error. */
    public static String of(String language) {
        return find(language).orElseThrow(() -> new IllegalArgumentException(
                "no plural rule known for language \"" + language + "\""));
    }

    /** The nplurals of a Plural-Forms value, if it has a well-formed {@code nplurals=N}. */
    public static OptionalInt nplurals(String pluralForms) {
        Matcher m = NPLURALS.matcher(pluralForms);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * Whether a Plural-Forms value says what the rule says, however it is written: the same nplurals and, for every
     * number up to 1000 and a few larger ones, the same form (Weblate writes Polish without msginit's outer
     * parentheses, Poedit and Lokalize have tables of their own).
     */
    public static boolean sameRule(String pluralForms, PluralRule rule) {
        if (pluralForms.replace(" ", "").equals(rule.headerValue().replace(" ", ""))) {
            return true;
        }
        Matcher plural = EXPRESSION.matcher(pluralForms);
        if (nplurals(pluralForms).orElse(-1) != rule.nplurals() || !plural.find()) {
            return false;
        }
        PluralExpression written;
        try {
            written = PluralExpression.parse(plural.group(1).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        PluralExpression expected = PluralExpression.parse(rule.formula());
        return LongStream.concat(LongStream.rangeClosed(0, 1000), LongStream.of(1001, 1011, 10_000, 100_000, 1_000_000))
                .allMatch(n -> written.evaluate(n) == expected.evaluate(n));
    }

    /** Whether a Plural-Forms value has both {@code nplurals=N} and {@code plural=EXPRESSION}. */
    public static boolean isWellFormed(String pluralForms) {
        return nplurals(pluralForms).isPresent() && PLURAL.matcher(pluralForms).find();
    }
}
