package press.aurora.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the Maven build), and the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"aurora " + version(), "Java " + runtime()};
    }

    /** The program version, or {@code development} when run from classes rather than the jar. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The Java runtime, such as {@code 25.0.3+9-LTS (Eclipse Adoptium)}: it changes the bytes of the PDFs. */
    static String runtime() {
        return Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
    }
}
