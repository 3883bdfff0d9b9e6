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

    @Test
    void aBuildRemovesThePartialFilesOfItsOutputsThatAKilledProcessLeft() throws IOException, InterruptedException {
        Path target = folder.resolve("uk.pdf");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path killed = Files.createFile(folder.resolve(".uk.pdf-" + dead + "-0a1b2c3d.part"));
        Path running = Files.createFile(folder.resolve(".uk.pdf-" + alive + "-0a1b2c3d.part"));
        Path otherOutput = Files.createFile(folder.resolve(".fr.pdf-" + dead + "-0a1b2c3d.part"));
        Path notOurs = Files.createFile(folder.resolve(".uk.pdf-draft.part"));

        assertThat(PartialFile.removeStale(java.util.List.of(target))).isEqualTo(1);

        assertThat(killed).doesNotExist();
        assertThat(running).exists();
        assertThat(otherOutput).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void aPartialFileBeingWrittenIsNotRemoved() throws IOException {
        Path target = folder.resolve("uk.pdf");
        PartialFile open = PartialFile.create(target);
        try {
            assertThat(open.path().getFileName().toString()).startsWith(".uk.pdf-" + ProcessHandle.current().pid() + "-").endsWith(".part");

            assertThat(PartialFile.removeStale(java.util.List.of(target))).isZero();
            assertThat(open.path()).exists();
        } finally {
            open.discard();
        }
    }
}
