package press.aurora.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the Maven build). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"aurora " + version()};
    }

    /** The program version, or {@code development} when run from classes rather than the jar. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
