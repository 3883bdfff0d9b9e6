package press.aurora.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.write("say \"hi\"\\\n\t\u0001")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"\n");
    }

    @Test
    void keepsNonAsciiTextAsItIs() {
        assertThat(Json.write("Éditions · 极光")).isEqualTo("\"Éditions · 极光\"\n");
    }

    @Test
    void writesMillimetresWithoutNeedlessDecimals() {
        assertThat(Json.write(List.of(297.0, 279.4, 3.0, 0.0, 12L, 7))).isEqualTo("[\n  297,\n  279.4,\n  3,\n  0,\n  12,\n  7\n]\n");
    }

    @Test
    void indentsNestedObjectsAndArraysInInsertionOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", true);
        inner.put("a", List.of());
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", inner);
        outer.put("y", Map.of());

        assertThat(Json.write(outer)).isEqualTo("{\n  \"z\": {\n    \"b\": true,\n    \"a\": []\n  },\n  \"y\": {}\n}\n");
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        assertThatThrownBy(() -> Json.write(Double.NaN)).hasMessage("JSON has no NaN");
    }
}
