package press.aurora.cli;

import picocli.CommandLine.Option;

/** How much a build prints: {@code --quiet} only problems, {@code --timings} where each edition's time went. */
public final class ReportOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: warnings and failed editions.")
    boolean quiet;

    @Option(names = "--timings", description = "Print, per edition, the time spent reading, translating, building the XML, XSLT, FOP, PDF checks and preflight.")
    boolean timings;
}
