package press.aurora.translate.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import press.aurora.config.YamlMap;

/**
 * translations/glossary.yaml: the names every translation keeps as they are (the paper's name, organisations,
 * addresses), read strictly:
 *
 * <pre>
 * do-not-translate:
 *   - Aurora
 *   - ICT
 * </pre>
 */
public record Glossary(List<String> doNotTranslate) {

    public static final Glossary EMPTY = new Glossary(List.of());
    private static final String KEY = "do-not-translate";

    public Glossary {
        doNotTranslate = List.copyOf(doNotTranslate);
    }

    /** The glossary in {@code file}, or an empty one when there is no such file. */
    public static Glossary read(Path file) {
        if (!Files.exists(file)) {
            return EMPTY;
        }
        YamlMap yaml = YamlMap.read(file).allowOnly(Set.of(KEY));
        List<String> names = yaml.has(KEY) ? yaml.strings(KEY) : List.of();
        for (String name : names) {
            if (name.isBlank()) {
                throw yaml.error(KEY, "'" + KEY + "' has an empty name");
            }
        }
        return new Glossary(names.stream().map(String::strip).toList());
    }
}
