package press.aurora.cli;

import picocli.CommandLine.Option;

/** The shared --debug option: print stack traces of internal errors. */
public final class DebugOption {

    static volatile boolean enabled;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    void setDebug(boolean debug) {
        enabled = debug;
    }
}
