package press.aurora.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import press.aurora.config.Edition;
import press.aurora.pipeline.BuildResources;
import press.aurora.pipeline.Workspace;

/** {@code aurora editions}: lists the editions defined in styles/editions.yaml. */
@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "List the editions defined in styles/editions.yaml.")
final class EditionsCommand implements Callable<Integer> {

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.printf("%-7s %-16s %-7s %-5s %-9s %5s  %s%n", "ID", "NAME", "LOCALE", "LANG", "PAPER", "PAGES", "COLUMNS");
        for (Edition e : BuildResources.loadEditions(Workspace.current())) {
            out.printf("%-7s %-16s %-7s %-5s %-9s %5d  %d%n", e.id(), e.name(), e.languageTag(), e.language(),
                    e.paper().name(), e.pages(), e.paper().columns());
        }
        return ExitCodes.OK;
    }
}
