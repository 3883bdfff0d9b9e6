package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The values are what msginit of gettext 0.21 (Debian 12) writes; see PluralForms. */
class PluralFormsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "en  => nplurals=2; plural=(n != 1);",
        "en_GB => nplurals=2; plural=(n != 1);",
        "fr  => nplurals=2; plural=(n > 1);",
        "fr_FR => nplurals=2; plural=(n > 1);",
        "fr-CA => nplurals=2; plural=(n > 1);",
        "it  => nplurals=2; plural=(n != 1);",
        "es  => nplurals=2; plural=(n != 1);",
        "de_DE => nplurals=2; plural=(n != 1);",
        "pt  => nplurals=2; plural=(n != 1);",
        "pt_PT => nplurals=2; plural=(n != 1);",
        "pt_BR => nplurals=2; plural=(n > 1);",
        "ru  => nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "pl  => nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "ja  => nplurals=1; plural=0;",
    })
    void givesWhatMsginitWrites(String language, String expected) {
        assertThat(PluralForms.of(language)).isEqualTo(expected);
    }

    @Test
    void unknownLanguageIsEmptyOrAnError() {
        assertThat(PluralForms.find("tlh")).isEmpty();
        assertThatThrownBy(() -> PluralForms.of("tlh")).hasMessageContaining("tlh");
    }

    @Test
    void readsNplurals() {
        assertThat(PluralForms.nplurals("nplurals=3; plural=(n==1 ? 0 : 2);")).hasValue(3);
        assertThat(PluralForms.nplurals("nplurals=INTEGER; plural=EXPRESSION;")).isEmpty();
        assertThat(PluralForms.isWellFormed("nplurals=1; plural=0;")).isTrue();
        assertThat(PluralForms.isWellFormed("nplurals=2;")).isFalse();
    }
}
