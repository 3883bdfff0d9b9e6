package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.diag.ContentException;
import press.aurora.translate.po.PoProblem;

/** Reading a PO file: UTF-8 strictly, whatever shortcut the decoding takes. */
class CatalogTest {

    private static final String HEADER = """
            msgid ""
            msgstr ""
            "Language: fr\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\\n"

            """;

    @TempDir
    Path folder;

    @Test
    void readsUtf8Letters() throws Exception {
        Path file = write("letters.po", (HEADER + "msgid \"Bread\"\nmsgstr \"Du pain, « enfin »\"\n").getBytes(StandardCharsets.UTF_8));

        Catalog catalog = Catalog.read(file).orElseThrow();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.po().entries().get(0).msgstr()).containsExactly("Du pain, « enfin »");
    }

    @Test
    void aByteThatIsNotUtf8IsAnErrorAtLineOne() throws Exception {
        byte[] latin1 = (HEADER + "msgid \"Bread\"\nmsgstr \"Du pain, « enfin »\"\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.po", latin1);

        assertThatThrownBy(() -> Catalog.read(file)).isInstanceOf(ContentException.class)
                .hasMessageEndingWith("latin1.po:1: error: not valid UTF-8: save the file as UTF-8 [po-syntax]");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsReadAndReportedAsACharacter() throws Exception {
        Path file = write("lost.po", (HEADER + "msgid \"Bread\"\nmsgstr \"Du pain \uFFFD\"\n").getBytes(StandardCharsets.UTF_8));

        Catalog catalog = Catalog.read(file).orElseThrow();

        assertThat(catalog.po().entries().get(0).msgstr()).containsExactly("Du pain \uFFFD");
        assertThat(catalog.problems()).extracting(PoProblem::line, PoProblem::checkId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8, "po-character"));
    }

    @Test
    void aMissingFileIsNoCatalog() {
        assertThat(Catalog.read(folder.resolve("none.po"))).isEmpty();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }
}
