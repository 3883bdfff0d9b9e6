package press.aurora.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where a build server listens, written to its address file ({@code BASE.port}, in the launcher's folder of the
 * user's own) for the launcher's client to read: one line {@code PORT TOKEN PID}. The port is on the loopback
 * address, where any user of the machine could connect, so a request must carry the token, which only the file's
 * owner can read. The process id lets the client skip a server that is gone without connecting to its old port.
 */
record ServerAddress(int port, String token, long pid) {

    /** The address of this process listening on {@code port}, with a new random token. */
    static ServerAddress listeningOn(int port) {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return new ServerAddress(port, HexFormat.of().formatHex(secret), ProcessHandle.current().pid());
    }

    /** Whether {@code given} is this address's token (compared in constant time). */
    boolean admits(String given) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes the address file whole, readable and writable by its owner only, replacing an old one. */
    void writeTo(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + "." + pid);
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, port + " " + token + " " + pid + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
