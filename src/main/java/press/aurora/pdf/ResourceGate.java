package press.aurora.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The only way FOP reads a file: the fonts and ICC profiles under styles/ and the image files the
 * program prepared and handed over. Every other URI (another file, http:, jar:, anything an FO
 * document could name) is refused before it is opened, and FOP never writes through it.
 */
final class ResourceGate implements ResourceResolver {

    private final Path styles;
    private final Set<Path> handed = ConcurrentHashMap.newKeySet();
    private final ResourceResolver files = ResourceResolverFactory.createDefaultResourceResolver();

    ResourceGate(Path styles) {
        this.styles = styles.toAbsolutePath().normalize();
    }

    /** Lets FOP read this file from now on. */
    void hand(Path file) {
        handed.add(file.toAbsolutePath().normalize());
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (!allowed(uri)) {
            throw new IOException("refused to read " + uri + ": FOP may read only the fonts and profiles in styles/ "
                    + "and the images the program prepared");
        }
        return files.getResource(uri);
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("refused to write " + uri + ": FOP writes only to the PDF it renders");
    }

    boolean allowed(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme()) || uri.getAuthority() != null && !uri.getAuthority().isEmpty()) {
            return false;
        }
        Path path;
        try {
            path = Path.of(uri).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
        return path.startsWith(styles) || handed.contains(path);
    }
}
