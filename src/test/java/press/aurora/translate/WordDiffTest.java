package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String marked(String before, String after) {
        return WordDiff.diff(before, after).stream().map(p -> switch (p.kind()) {
            case SAME -> p.text();
            case REMOVED -> "[-" + p.text() + "-]";
            case ADDED -> "{+" + p.text() + "+}";
        }).collect(Collectors.joining());
    }

    @Test
    void marksChangedWordsAndKeepsTheRest() {
        assertThat(marked("It is published monthly.", "It is printed monthly, in colour."))
                .isEqualTo("It is [-published-]{+printed+} monthly{+, in colour+}.");
    }

    @Test
    void thePiecesGiveBackBothTexts() {
        String before = "Ein Wort,  zwei\nWörter — 12 Seiten 𝔄";
        String after = "Drei Wörter — 14 Seiten 𝔄 und mehr";
        List<WordDiff.Piece> pieces = WordDiff.diff(before, after);

        assertThat(pieces.stream().filter(p -> p.kind() != WordDiff.Kind.ADDED).map(WordDiff.Piece::text)
                .collect(Collectors.joining())).isEqualTo(before);
        assertThat(pieces.stream().filter(p -> p.kind() != WordDiff.Kind.REMOVED).map(WordDiff.Piece::text)
                .collect(Collectors.joining())).isEqualTo(after);
    }

    @Test
    void wordsOfOtherScriptsAreWholeWords() {
        assertThat(marked("این نشریه ماهانه است", "این نشریه هفتگی است")).isEqualTo("این نشریه [-ماهانه-]{+هفتگی+} است");
    }
}
