package press.aurora.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import press.aurora.config.Edition;

/** The shared {@code --edition ID} option: no option means every edition. */
public final class EditionSelection {

    @Option(names = {"-e", "--edition"}, paramLabel = "ID",
            description = "Edition id (repeatable); default: every edition. See 'aurora editions'.")
    List<String> ids = new ArrayList<>();

    List<Edition> select(List<Edition> all) {
        if (ids.isEmpty()) {
            return all;
        }
        List<Edition> selected = new ArrayList<>();
        for (String id : ids) {
            Edition edition = all.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                    new UsageException("unknown edition '" + id + "' (styles/editions.yaml defines: "
                            + all.stream().map(Edition::id).collect(Collectors.joining(", ")) + ")"));
            if (!selected.contains(edition)) {
                selected.add(edition);
            }
        }
        return selected;
    }
}
