package press.aurora.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import press.aurora.testing.AwkwardText;

class JsonTest {

    private record Finding(int page, String message, List<String> tags) {
    }

    @Test
    void writesRecordsInDeclarationOrderIndentedByTwoSpaces() {
        assertThat(Json.write(new Finding(3, "late", List.of()))).isEqualTo("""
                {
                  "page": 3,
                  "message": "late",
                  "tags": []
                }
                """);
    }

    @Test
    void writesMapsInOrderAndNumbersPlainly() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(new BigDecimal("297"), BigDecimal.valueOf(279.4), 12L, 100.0, true));
        map.put("a", Map.of());

        assertThat(Json.write(map)).isEqualTo("""
                {
                  "z": [
                    297,
                    279.4,
                    12,
                    100.0,
                    true
                  ],
                  "a": {}
                }
                """);
        assertThat(Json.write(BigDecimal.valueOf(297.0).stripTrailingZeros())).isEqualTo("297\n");
    }

    @Test
    void everyKindOfCharacterComesBackFromAStrictReader() {
        String json = Json.write(new Finding(1, AwkwardText.TEXT, List.of(AwkwardText.TEXT)));

        AwkwardText.assertNoRawControlCharacters(json);
        assertThat(AwkwardText.read(json).get("message").textValue()).isEqualTo(AwkwardText.TEXT);
        assertThat(AwkwardText.read(json).get("tags").get(0).textValue()).isEqualTo(AwkwardText.TEXT);
    }
}
