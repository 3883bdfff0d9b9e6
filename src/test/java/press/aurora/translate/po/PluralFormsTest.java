package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import press.aurora.testing.Msginit;

/**
 * The plural rules of the language data file against this machine's GNU msginit (gettext 0.21, what CI
 * installs) and, where msginit writes none, against ICU4J's CLDR plural categories.
 */
class PluralFormsTest {

    private static final Pattern PLURAL_FORMS = Pattern.compile("\"Plural-Forms: (.*)\\\\n\"");

    @TempDir
    static Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "he", "de", "pt", "pt_BR", "ru", "uk", "pl", "cs", "tr", "el", "zh_CN", "ja", "ko",
        "hi", "bn", "ur", "sw", "id", "vi", "th", "ga", "cy", "ro", "lt", "lv", "sl", "hr", "sr",
        "fr", "it", "es", "en", "nl", "sv", "fi", "hu", "sk", "bg", "da", "nb", "ca", "eu", "gl", "et", "is", "be"})
    void isWhatMsginitWritesOrElseAgreesWithCldr(String language) throws Exception {
        Path msginit = Msginit.find().orElse(null);
        assumeTrue(msginit != null, Msginit.MISSING);
        Optional<String> written = msginitPluralForms(msginit, language);

        PluralRule rule = PluralForms.rule(language).orElseThrow();

        if (written.isPresent()) {
            assertThat(rule.headerValue()).isEqualTo(written.get());
        } else {
            assertAgreesWithIcu(language, rule);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fa", "ar", "zh_CN", "hi", "bn", "ur", "sw", "id", "th", "cy", "ru", "pl", "cs", "sl", "lt"})
    void theCldrRuleOfTheDataFileGivesIcusCategories(String language) {
        PluralRule rule = LanguageData.get().cldrRules().get(code(language));

        assertThat(rule).as(language).isNotNull();
        assertAgreesWithIcu(language, rule);
    }

    private static String code(String language) {
        return language.equals("zh_CN") ? "zh_Hans" : language;
    }

    /*
     * Not every CLDR row of the data agrees with ICU 78: Weblate keeps Hebrew's four forms (CLDR 42 dropped
     * "many"), for which msginit's rule is written; Macedonian's row keeps the older gettext rule (11 is "one").
     */

    /** The rule picks the same form for two numbers 0–200 exactly when ICU gives them the same category. */
    private static void assertAgreesWithIcu(String language, PluralRule rule) {
        PluralRules icu = PluralRules.forLocale(ULocale.forLanguageTag(language.replace('_', '-')));
        PluralExpression expression = PluralExpression.parse(rule.formula());
        Map<Long, String> categoryOfForm = new HashMap<>();
        Map<String, Long> formOfCategory = new HashMap<>();
        for (long n = 0; n <= 200; n++) {
            long form = expression.evaluate(n);
            String category = icu.select(n);
            assertThat(form).as("%s: form for %d", language, n).isBetween(0L, rule.nplurals() - 1L);
            assertThat(categoryOfForm.computeIfAbsent(form, f -> category)).as("%s: category of form %d at n=%d", language, form, n)
                    .isEqualTo(category);
            assertThat(formOfCategory.computeIfAbsent(category, c -> form)).as("%s: form of category %s at n=%d", language, category, n)
                    .isEqualTo(form);
        }
        assertThat(categoryOfForm).as(language + ": every form is used").hasSize(rule.nplurals());
    }

    private static Optional<String> msginitPluralForms(Path msginit, String language) throws Exception {
        Path template = folder.resolve("x.pot");
        if (!Files.exists(template)) {
            Files.writeString(template, "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                    + "msgid \"one file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n");
        }
        Matcher m = PLURAL_FORMS.matcher(Msginit.init(msginit, template, language));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "fr_FR => nplurals=2; plural=(n > 1);",
        "fr-CA => nplurals=2; plural=(n > 1);",
        "pt_PT => nplurals=2; plural=(n != 1);",
        "pt-br => nplurals=2; plural=(n > 1);",
        "de_AT => nplurals=2; plural=(n != 1);",
        "fa_IR => nplurals=2; plural=n > 1;",
        "zh_TW => nplurals=1; plural=0;",
        "sr@latin => nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "iw => nplurals=2; plural=(n != 1);",
    })
    void findsRegionsScriptsVariantsAndAliases(String language, String expected) {
        assertThat(PluralForms.of(language)).isEqualTo(expected);
    }

    @Test
    void everyRuleOfTheDataFileParsesAndStaysWithinItsForms() {
        List<PluralRule> rules = new java.util.ArrayList<>(LanguageData.get().cldrRules().values());
        rules.addAll(LanguageData.get().gettextRules().values());
        assertThat(rules).hasSizeGreaterThan(500);
        for (PluralRule rule : rules) {
            PluralExpression expression = PluralExpression.parse(rule.formula());
            for (long n = 0; n <= 1000; n++) {
                assertThat(expression.evaluate(n)).as("%s at %d", rule.code(), n).isBetween(0L, rule.nplurals() - 1L);
            }
        }
    }

    @Test
    void unknownLanguageIsEmptyOrAnError() {
        assertThat(PluralForms.find("xx")).isEmpty();
        assertThatThrownBy(() -> PluralForms.of("xx")).hasMessageContaining("xx");
    }

    @Test
    void readsNplurals() {
        assertThat(PluralForms.nplurals("nplurals=3; plural=(n==1 ? 0 : 2);")).hasValue(3);
        assertThat(PluralForms.nplurals("nplurals=INTEGER; plural=EXPRESSION;")).isEmpty();
        assertThat(PluralForms.isWellFormed("nplurals=1; plural=0;")).isTrue();
        assertThat(PluralForms.isWellFormed("nplurals=2;")).isFalse();
    }
}
