package press.aurora.translate.po;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Plural rules for every language, read from Weblate's language data (MIT; the files, their licence and
 * where they come from are in {@code src/main/resources/press/aurora/translate/po/language-data/}):
 * {@code gettext.csv} holds the rules GNU msginit writes, {@code languages.csv} the CLDR-derived rules of
 * several hundred languages, {@code aliases.csv} maps other spellings ({@code zh_CN}, {@code iw}) to those codes.
 *
 * <p>A language code is looked up as given, then through its alias, then without its variant and region
 * ({@code sr_RS@latin}, {@code sr_RS}, {@code sr}); gettext's table is asked first for all of those, so that
 * a rule msginit writes always wins over the CLDR one.
 */
final class LanguageData {

    private static final String FOLDER = "language-data/";
    private static final LanguageData INSTANCE = load();

    private final Map<String, PluralRule> gettext;
    private final Map<String, PluralRule> cldr;
    private final Map<String, String> aliases;

    private LanguageData(Map<String, PluralRule> gettext, Map<String, PluralRule> cldr, Map<String, String> aliases) {
        this.gettext = gettext;
        this.cldr = cldr;
        this.aliases = aliases;
    }

    static LanguageData get() {
        return INSTANCE;
    }

    /** The plural rule of a language code such as {@code fa}, {@code fa_IR}, {@code fa-IR}, {@code zh_CN}. */
    Optional<PluralRule> find(String language) {
        List<String> candidates = candidates(normalise(language));
        for (String code : candidates) {
            PluralRule rule = gettext.get(code);
            if (rule != null) {
                return Optional.of(rule);
            }
        }
        return candidates.stream().map(cldr::get).filter(r -> r != null).findFirst();
    }

    /** Every language code of the CLDR table with its rule: for tests and tools. */
    Map<String, PluralRule> cldrRules() {
        return Map.copyOf(cldr);
    }

    /** Every language code of gettext's table with its rule. */
    Map<String, PluralRule> gettextRules() {
        return Map.copyOf(gettext);
    }

    /** {@code pt-br} → {@code pt_BR}, {@code zh_hans_cn} → {@code zh_Hans_CN}; a variant after @ is kept. */
    static String normalise(String language) {
        String tag = language.strip().replace('-', '_');
        int at = tag.indexOf('@');
        String variant = at < 0 ? "" : tag.substring(at);
        String[] parts = (at < 0 ? tag : tag.substring(0, at)).split("_");
        StringBuilder code = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            code.append('_').append(part.length() == 4
                    ? part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1).toLowerCase(Locale.ROOT)
                    : part.toUpperCase(Locale.ROOT));
        }
        return code + variant;
    }

    /** The code, its alias, then shorter codes: without the variant, then without each last part. */
    private List<String> candidates(String code) {
        List<String> candidates = new ArrayList<>();
        String current = code;
        while (!current.isEmpty()) {
            candidates.add(current);
            String alias = aliases.get(current.toLowerCase(Locale.ROOT));
            if (alias != null) {
                candidates.add(alias);
            }
            int at = current.indexOf('@');
            current = at >= 0 ? current.substring(0, at) : current.contains("_")
                    ? current.substring(0, current.lastIndexOf('_')) : "";
        }
        return candidates;
    }

    private static LanguageData load() {
        Map<String, String> aliases = new HashMap<>();
        for (Map<String, String> row : rows("aliases.csv")) {
            aliases.put(row.get("source").toLowerCase(Locale.ROOT), row.get("target"));
        }
        return new LanguageData(rules("gettext.csv", PluralRule.Origin.GETTEXT), rules("languages.csv", PluralRule.Origin.CLDR),
                Map.copyOf(aliases));
    }

    private static Map<String, PluralRule> rules(String file, PluralRule.Origin origin) {
        Map<String, PluralRule> rules = new HashMap<>();
        for (Map<String, String> row : rows(file)) {
            rules.put(row.get("code"), new PluralRule(row.get("code"), row.get("name"),
                    Integer.parseInt(row.get("nplurals")), row.get("formula"), origin));
        }
        return Map.copyOf(rules);
    }

    private static List<Map<String, String>> rows(String file) {
        ObjectReader reader = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader().withComments());
        try (InputStream in = LanguageData.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file + " next to " + LanguageData.class.getName());
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = reader.readValues(in)) {
                it.forEachRemaining(rows::add);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + file, e);
        }
    }
}
