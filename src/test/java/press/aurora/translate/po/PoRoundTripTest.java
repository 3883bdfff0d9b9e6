package press.aurora.translate.po;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading what PoWriter wrote and writing it again gives the same bytes. */
class PoRoundTripTest {

    @Test
    void rewritesTheSampleCatalogueByteForByte() {
        String text = PoTexts.resource("letters.fr.po");

        PoReadResult result = PoReader.read(text);

        assertThat(result.problems()).isEmpty();
        assertThat(PoWriter.write(result.file())).isEqualTo(text);
    }

    @Test
    void readsBackTheSameModelItWrote() {
        PoFile file = new PoFile(PoTexts.header("fr"), List.of(
                PoEntry.builder("Letters\n\"to\" the\teditor\\\n").msgctxt("heading\nline").reference("a.md:1")
                        .extractedComment("heading").translatorComment("  indented").flag("markdown-text")
                        .msgstr("Courrier\n").build(),
                PoEntry.builder("one letter").msgidPlural("%d letters").msgstr("une lettre", "").fuzzy(true)
                        .previous("ctx", "a letter").previousMsgidPlural("letters").build(),
                PoEntry.builder("gone").msgstr("parti").obsolete(true).previous("x\ny", "z").build()));

        String text = PoWriter.write(file);
        PoReadResult result = PoReader.read(text);

        assertThat(result.problems()).isEmpty();
        assertThat(withoutLines(result.file())).isEqualTo(file);
        assertThat(PoWriter.write(result.file())).isEqualTo(text);
    }

    @Test
    void survivesRandomStringsWithEveryCharacterTheWriterEscapes() {
        Random random = new Random(20171102);
        String alphabet = "ab \n\t\\\"é«»’#~|:,.{}%";
        for (int round = 0; round < 200; round++) {
            List<PoEntry> entries = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                PoEntry.Builder b = PoEntry.builder(i + randomText(random, alphabet))
                        .translatorComment(randomText(random, "ab #~.:,|\t"))
                        .msgstr(randomText(random, alphabet))
                        .obsolete(random.nextInt(4) == 0);
                if (random.nextBoolean()) {
                    b.msgctxt(randomText(random, alphabet)).fuzzy(true).previous(null, randomText(random, alphabet));
                }
                entries.add(b.build());
            }
            PoFile file = new PoFile(PoTexts.header("fr"), entries);
            String text = PoWriter.write(file);

            PoReadResult result = PoReader.read(text);

            // random texts are no translations: only msgfmt -c compares their line breaks with the msgid's
            assertThat(result.problems()).as(text).allMatch(p -> p.check() == PoCheck.NEWLINE);
            assertThat(PoWriter.write(result.file())).isEqualTo(text);
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static PoFile withoutLines(PoFile file) {
        PoHeader h = file.header();
        return new PoFile(new PoHeader(h.translatorComments(), h.flags(), h.fields(), 0),
                file.entries().stream().map(e -> e.toBuilder().line(0).build()).toList());
    }
}
