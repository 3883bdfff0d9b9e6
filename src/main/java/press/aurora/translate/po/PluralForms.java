package press.aurora.translate.po;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Plural-Forms} header value for a language, exactly as GNU {@code msginit} writes it.
 *
 * <p>Taken from this machine's gettext 0.21 (Debian 12 package 0.21-12, the one CI uses) with
 * {@code msginit --no-wrap --no-translator -l LL_CC -i x.pot -o -}. Newer gettext (0.22 and later) writes
 * other rules for some languages, for French {@code nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 &&
 * n % 1000000 == 0 ? 1 : 2;}; this table follows 0.21 so that our files match what msginit and msgmerge on
 * CI produce. Brazilian Portuguese differs from European Portuguese in gettext 0.21 and is listed apart.
 */
public final class PluralForms {

    /** Values written by msginit 0.21; key: language, or language_REGION where the region changes it. */
    private static final Map<String, String> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", "nplurals=2; plural=(n != 1);"),
            Map.entry("de", "nplurals=2; plural=(n != 1);"),
            Map.entry("es", "nplurals=2; plural=(n != 1);"),
            Map.entry("it", "nplurals=2; plural=(n != 1);"),
            Map.entry("pt", "nplurals=2; plural=(n != 1);"),
            Map.entry("pt_BR", "nplurals=2; plural=(n > 1);"),
            Map.entry("fr", "nplurals=2; plural=(n > 1);"),
            Map.entry("ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 "
                    + "&& (n%100<10 || n%100>=20) ? 1 : 2);"),
            Map.entry("pl", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 "
                    + "&& (n%100<10 || n%100>=20) ? 1 : 2);"),
            Map.entry("ja", "nplurals=1; plural=0;"));

    private static final Pattern NPLURALS = Pattern.compile("(?:^|;)\\s*nplurals\\s*=\\s*(\\d{1,3})\\s*(?:;|$)");
    private static final Pattern PLURAL = Pattern.compile("(?:^|;)\\s*plural\\s*=\\s*[^;\\s][^;]*;?");

    private PluralForms() {
    }

    /**
     * The Plural-Forms value for a language tag such as {@code fr}, {@code fr_FR}, {@code fr-FR} or
     * {@code pt_BR}, if gettext's table (as far as we copied it) has the language.
     */
    public static Optional<String> find(String language) {
        String[] parts = language.strip().replace('-', '_').split("_");
        String lang = parts[0].toLowerCase(Locale.ROOT);
        if (parts.length > 1) {
            String regional = BY_LANGUAGE.get(lang + "_" + parts[1].toUpperCase(Locale.ROOT));
            if (regional != null) {
                return Optional.of(regional);
            }
        }
        return Optional.ofNullable(BY_LANGUAGE.get(lang));
    }

    /** Like {@link #find(String)} but an unknown language is an error. */
    public static String of(String language) {
        return find(language).orElseThrow(() -> new IllegalArgumentException(
                "no Plural-Forms known for language \"" + language + "\"; add it from msginit's output"));
    }

    /** The nplurals of a Plural-Forms value, if it has a well-formed {@code nplurals=N}. */
    public static OptionalInt nplurals(String pluralForms) {
        Matcher m = NPLURALS.matcher(pluralForms);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Whether a Plural-Forms value has both {@code nplurals=N} and {@code plural=EXPRESSION}. */
    public static boolean isWellFormed(String pluralForms) {
        return nplurals(pluralForms).isPresent() && PLURAL.matcher(pluralForms).find();
    }
}
