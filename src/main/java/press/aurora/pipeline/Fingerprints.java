package press.aurora.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import press.aurora.config.Edition;
import press.aurora.io.DigestCache;
import press.aurora.io.HiddenFiles;
import press.aurora.pdf.Variant;
import press.aurora.translate.TranslationsLayout;

/**
 * The fingerprint of one output: a SHA-256 of everything that shapes it, so that a build can tell,
 * without parsing, translating or rendering anything, that an output is still what it would write.
 * It covers every file of the issue folder (articles, images, issue.yaml), the translations of the
 * edition's language for this issue and its interface strings, every file of {@code styles/} but
 * {@code editions.yaml} (stylesheet, fonts, FOP configuration, ICC profiles, strings), the edition's own
 * definition, the program, and the build options that change the file (variant, fuzzy proofs, strict, kept
 * FO, the fixed date). Files are hashed by content, through a {@link DigestCache}: each file is read
 * at most once per build, however many editions use it, and not at all when the cache remembers its
 * digest. Hidden files (editors' swap files, our own partial files) are left out.
 */
public final class Fingerprints {

    private final Workspace workspace;
    private final Path issueFolder;
    private final BuildOptions options;
    private final String program;
    private final DigestCache digests;
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();

    public Fingerprints(Workspace workspace, Path issueFolder, BuildOptions options, String program, DigestCache digests) {
        this.workspace = workspace;
        this.digests = digests;
        this.issueFolder = issueFolder.toAbsolutePath().normalize();
        this.options = options;
        this.program = program;
    }

    /** The fingerprint of {@code edition}'s {@code variant}, as 64 hex digits. */
    public String of(Edition edition, Variant variant) {
        Map<String, String> inputs = new TreeMap<>();
        String issueId = issueFolder.getFileName().toString();
        files(issueFolder).forEach(f -> inputs.put("issue/" + relative(issueFolder, f), digest(f)));
        TranslationsLayout layout = TranslationsLayout.forIssue(issueFolder, workspace.translations());
        Path strings = layout.strings(edition.language());
        if (Files.isRegularFile(strings)) {
            inputs.put("translations/strings.po", digest(strings));
        }
        Path catalogs = layout.root().resolve(edition.language()).resolve(issueId);
        files(catalogs).forEach(f -> inputs.put("translations/" + relative(catalogs, f), digest(f)));
        files(workspace.styles()).stream().filter(f -> !f.equals(workspace.styles().resolve(BuildResources.EDITIONS_FILE)))
                .forEach(f -> inputs.put("styles/" + relative(workspace.styles(), f), digest(f)));
        inputs.put("edition", edition.toString());
        inputs.put("program", program);
        inputs.put("options", variant.id() + " fuzzy=" + options.allowFuzzy() + " strict=" + options.strict()
                + " keep-fo=" + options.keepFo() + " date=" + (options.clock().equals(Clock.systemUTC()) ? "now" : options.clock().instant()));
        MessageDigest sha = DigestCache.sha256();
        inputs.forEach((name, value) -> sha.update((name + '\0' + value + '\n').getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private String digest(Path file) {
        try {
            return digests.digest(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files(Path folder) {
        return listings.computeIfAbsent(folder, this::list);
    }

    private List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Path output = options.outputRoot().toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile).filter(f -> !HiddenFiles.isHidden(folder, f) && !f.toAbsolutePath().normalize().startsWith(output))
                    .forEach(files::add);
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
