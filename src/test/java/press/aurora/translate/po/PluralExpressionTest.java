package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PluralExpressionTest {

    private static long[] forms(String expression, long... numbers) {
        PluralExpression parsed = PluralExpression.parse(expression);
        return LongStream.of(numbers).map(parsed::evaluate).toArray();
    }

    @Test
    void evaluatesCsOperatorsWithItsPrecedence() {
        assertThat(forms("n != 1", 0, 1, 2)).containsExactly(1, 0, 1);
        assertThat(forms("(n > 1)", 0, 1, 2)).containsExactly(0, 0, 1);
        assertThat(forms("0", 5)).containsExactly(0);
        assertThat(forms("n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2",
                1, 2, 5, 11, 12, 21, 22, 25, 111, 122)).containsExactly(0, 1, 2, 2, 2, 0, 1, 2, 2, 1);
        assertThat(forms("n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5",
                0, 1, 2, 3, 10, 11, 99, 100, 102, 103)).containsExactly(0, 1, 2, 3, 3, 4, 4, 5, 5, 3);
        assertThat(forms("!(n == 1) + 2 * 3 - 6", 1, 2)).containsExactly(0, 1);
    }

    @Test
    void aMalformedExpressionSaysWhere() {
        assertThatThrownBy(() -> PluralExpression.parse("n == 1 ? 0"))
                .hasMessage("expected ':' at column 11 of plural expression \"n == 1 ? 0\"");
        assertThatThrownBy(() -> PluralExpression.parse("n ==")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> PluralExpression.parse("x")).hasMessageContaining("unexpected 'x' at column 1");
    }
}
