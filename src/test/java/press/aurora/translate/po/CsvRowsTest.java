package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsRowsByTheHeadersColumnNames() {
        List<Map<String, String>> rows = CsvRows.read("code,name,nplurals,formula\nfr,French,2,(n > 1)\nga,Irish,5,n==1 ? 0 : 4\n", "t.csv");

        assertThat(rows).containsExactly(
                Map.of("code", "fr", "name", "French", "nplurals", "2", "formula", "(n > 1)"),
                Map.of("code", "ga", "name", "Irish", "nplurals", "5", "formula", "n==1 ? 0 : 4"));
        assertThat(rows.get(0).keySet()).containsExactly("code", "name", "nplurals", "formula");
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<Map<String, String>> rows = CsvRows.read("""
                code,name
                ckb_IQ,"Kurdish (Sorani, Iraq)"
                x,"say ""hi""\r
                twice"\r
                empty,""
                last,no line break""", "t.csv");

        assertThat(rows).extracting(r -> r.get("name"))
                .containsExactly("Kurdish (Sorani, Iraq)", "say \"hi\"\r\ntwice", "", "no line break");
        assertThat(rows).extracting(r -> r.get("code")).containsExactly("ckb_IQ", "x", "empty", "last");
    }

    @Test
    void skipsCommentLinesAndEmptyLinesWhateverTheirFields() {
        List<Map<String, String>> rows = CsvRows.read("source,target\r\n#,Windows\r\n\r\n#,three, fields\r\nzh_cn,zh_Hans\r\n", "t.csv");

        assertThat(rows).containsExactly(Map.of("source", "zh_cn", "target", "zh_Hans"));
    }

    @Test
    void aRowWithoutTheHeadersFieldsIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> CsvRows.read("a,b\n1,2\n\"x\ny\",2,3\n", "t.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("t.csv line 3: 3 fields where the header has 2");
        assertThatThrownBy(() -> CsvRows.read("a,b\n# c\n1\n", "t.csv"))
                .hasMessage("t.csv line 3: 1 fields where the header has 2");
    }

    @Test
    void anUnclosedQuoteOrTextAfterTheClosingQuoteIsAnError() {
        assertThatThrownBy(() -> CsvRows.read("a,b\n1,\"2\n", "t.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("t.csv line 2: quoted field without its closing quote");
        assertThatThrownBy(() -> CsvRows.read("a,b\n1,\"2\"x\n", "t.csv"))
                .hasMessage("t.csv line 2: text after a quoted field's closing quote");
    }

    /** The language data files, read as Jackson's CSV module (what LanguageData used before) reads them. */
    @ParameterizedTest
    @ValueSource(strings = {"gettext.csv", "languages.csv", "aliases.csv"})
    void readsTheLanguageDataFilesAsJacksonDoes(String file) throws Exception {
        String text;
        try (InputStream in = LanguageData.class.getResourceAsStream("language-data/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Map<String, String>> expected = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withComments()).readValues(text)) {
            it.forEachRemaining(expected::add);
        }

        List<Map<String, String>> rows = CsvRows.read(text, file);

        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(rows).isEqualTo(expected);
    }
}
