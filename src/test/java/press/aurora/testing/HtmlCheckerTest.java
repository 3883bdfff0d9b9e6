package press.aurora.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker the status page is validated with does find mistakes. */
class HtmlCheckerTest {

    @Test
    void findsWhatIsNotHtml5() throws Exception {
        assertThat(HtmlChecker.problems("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><p><div>x</span></p><table><p>y</p></table></body></html>")).isNotEmpty();
        assertThat(HtmlChecker.problems("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
                + "<body><p>fine</p></body></html>")).isEmpty();
    }
}
