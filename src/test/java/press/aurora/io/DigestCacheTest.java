package press.aurora.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembered digest is used only for a file the file system says is the very one that was read, and
 * only when it was read well after its last change; anything else is read again. Whether a run read a
 * file is seen by giving the cache a wrong digest for it: a run that trusts the cache answers with it.
 */
class DigestCacheTest {

    private static final String WRONG = "0".repeat(64);

    @TempDir
    Path folder;
    Path cacheFile;
    Path article;
    /** Long after the files were written: their remembered digests are trusted. */
    Clock later;

    @BeforeEach
    void writeAnArticle() throws IOException {
        cacheFile = folder.resolve(".aurora-digests");
        article = folder.resolve("article.md");
        Files.writeString(article, "# A headline\n\nA paragraph of twenty-nine words.\n");
        later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(5)), ZoneOffset.UTC);
    }

    private String digest(Clock clock, Path file) throws IOException {
        DigestCache cache = DigestCache.open(cacheFile, clock);
        String digest = cache.digest(file);
        cache.save();
        return digest;
    }

    /** Puts a wrong digest in the cache in place of the article's, keeping everything else of its entry. */
    private void falsifyTheCache() throws IOException {
        String text = Files.readString(cacheFile, StandardCharsets.UTF_8);
        Files.writeString(cacheFile, text.replace(DigestCache.digestOf(article), WRONG), StandardCharsets.UTF_8);
    }

    @Test
    void aFileReadLongAfterItChangedIsNotReadAgain() throws IOException {
        String digest = digest(later, article);
        assertThat(digest).isEqualTo(DigestCache.digestOf(article)).hasSize(64);
        falsifyTheCache();

        assertThat(digest(later, article)).isEqualTo(WRONG);
    }

    @Test
    void aFileReadInTheSameMomentItChangedIsReadAgainNextTime() throws IOException {
        digest(Clock.systemUTC(), article);
        falsifyTheCache();

        assertThat(digest(later, article)).isEqualTo(DigestCache.digestOf(article));
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndItsOldModificationTimeIsReadAgain() throws IOException {
        digest(later, article);
        FileTime modified = Files.getLastModifiedTime(article);
        afterTheFileSystemClockTicks();
        String same = Files.readString(article).replace("twenty-nine", "thirty-four");
        Files.writeString(article, same);
        Files.setLastModifiedTime(article, modified);

        assertThat(Files.size(article)).isEqualTo(same.length());
        assertThat(digest(later, article)).isEqualTo(digestOfText(same));
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        digest(later, article);
        Path other = folder.resolve("other.md");
        Files.writeString(other, Files.readString(article).replace("A headline", "B headline"));
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(article));
        Files.move(other, article, StandardCopyOption.REPLACE_EXISTING);

        assertThat(digest(later, article)).isEqualTo(digestOfText(Files.readString(article)));
    }

    @Test
    void aTouchedButIdenticalFileIsReadAgainAndKeepsItsDigest() throws IOException {
        String before = digest(later, article);
        falsifyTheCache();
        Files.setLastModifiedTime(article, FileTime.from(Instant.now()));

        assertThat(digest(later, article)).isEqualTo(before);
    }

    @Test
    void aDigestIsRememberedOnlyWhileItsFileExists() throws IOException {
        Path gone = folder.resolve("gone.md");
        Files.writeString(gone, "soon deleted");
        digest(later, gone);
        digest(later, article);
        Files.delete(gone);

        digest(later, article);

        assertThat(Files.readString(cacheFile)).contains(article.toString()).doesNotContain(gone.toString());
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Files.writeString(cacheFile, "aurora-digests 1\nnot a digest line\n" + WRONG.substring(1) + " 1 2 3 4:5 6 " + article + "\n");

        assertThat(digest(later, article)).isEqualTo(DigestCache.digestOf(article));
    }

    @Test
    void aCacheThatLearntNothingIsNotWrittenAgain() throws IOException {
        digest(later, article);
        FileTime written = Files.getLastModifiedTime(cacheFile);
        Files.setLastModifiedTime(cacheFile, FileTime.fromMillis(written.toMillis() - 60_000));
        FileTime backdated = Files.getLastModifiedTime(cacheFile);

        digest(later, article);

        assertThat(Files.getLastModifiedTime(cacheFile)).isEqualTo(backdated);
    }

    /**
     * File times come from a clock that ticks every few milliseconds: a change within the same tick keeps
     * the inode change time too. The cache does not trust a digest read within {@link DigestCache#TRUST_MARGIN}
     * of the change for that reason; the tests that fake a later reading wait for the next tick instead.
     */
    private static void afterTheFileSystemClockTicks() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String digestOfText(String text) {
        return java.util.HexFormat.of().formatHex(DigestCache.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
