package press.aurora.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all: a full disk half-way leaves the previous file as it was. */
class PartialFileTest {

    @TempDir
    Path folder;

    private long filesIn() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheWholeContentUnderTheTargetName() throws IOException {
        Path target = folder.resolve("uk.pdf");

        PartialFile.write(target, out -> out.write("%PDF-1.4 whole".getBytes(StandardCharsets.US_ASCII)));

        assertThat(Files.readString(target)).isEqualTo("%PDF-1.4 whole");
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    void aDiskThatFillsUpHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("uk.pdf");
        Files.writeString(target, "the previous complete PDF");

        assertThatThrownBy(() -> PartialFile.write(target, out -> {
            out.write(new byte[200_000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        })).isInstanceOf(FileSystemException.class)
                .satisfies(e -> assertThat(IoProblem.describe((IOException) e)).isEqualTo("the disk is full (" + target + ")"));

        assertThat(Files.readString(target)).isEqualTo("the previous complete PDF");
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        Path target = folder.resolve("missing").resolve("uk.pdf");

        assertThatThrownBy(() -> PartialFile.write(target, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(IoProblem.describe((IOException) e)).startsWith("no such file or folder: " + folder.resolve("missing")));
    }
}
