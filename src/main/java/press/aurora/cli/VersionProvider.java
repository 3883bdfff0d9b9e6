package press.aurora.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the Maven build). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"aurora " + (version == null ? "(development build)" : version)};
    }
}
