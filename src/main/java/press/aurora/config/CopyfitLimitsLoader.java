package press.aurora.config;

import com.ibm.icu.lang.UScript;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code styles/copyfit.yaml} strictly: the target fill, the steps, the ranges of the large
 * and the other formats, and optional ranges of the editions written in one script (ISO 15924 code,
 * as {@link WritingSystem} gives it) and of single editions. Every mistake names its line.
 */
public final class CopyfitLimitsLoader {

    public static final String FILE_NAME = "copyfit.yaml";

    private static final Set<String> TOP_KEYS = Set.of("target-fill", "steps", "large-format", "other-formats", "scripts", "editions");
    private static final Map<String, Double> STEPS = stepsByKey();

    private final int targetFill;
    private final int steps;
    private final YamlMap large;
    private final YamlMap other;
    private final YamlMap scripts;
    private final YamlMap editions;

    private CopyfitLimitsLoader(YamlMap yaml) {
        this.targetFill = yaml.integer("target-fill");
        if (targetFill < 50 || targetFill > 100) {
            throw yaml.error("target-fill", "target-fill must be a percentage between 50 and 100, not " + targetFill);
        }
        this.steps = yaml.integer("steps");
        if (steps < 1 || steps > 20) {
            throw yaml.error("steps", "steps must be between 1 and 20, not " + steps);
        }
        this.large = yaml.map("large-format").allowOnly(STEPS.keySet());
        this.other = yaml.map("other-formats").allowOnly(STEPS.keySet());
        this.scripts = yaml.has("scripts") ? yaml.map("scripts") : null;
        if (scripts != null) {
            for (String script : scripts.keys()) {
                if (script.length() != 4 || UScript.getCodeFromName(script) == UScript.INVALID_CODE) {
                    throw scripts.error(script, "unknown script '" + script + "': give an ISO 15924 code such as Arab, Hebr, Cyrl");
                }
                scripts.map(script).allowOnly(STEPS.keySet());
            }
        }
        this.editions = yaml.has("editions") ? yaml.map("editions") : null;
        if (editions != null) {
            for (String id : editions.keys()) {
                editions.map(id).allowOnly(STEPS.keySet());
            }
        }
        for (YamlMap format : List.of(large, other)) {
            for (String key : STEPS.keySet()) {
                range(format, key);
            }
        }
    }

    /** Reads and checks the whole file. */
    public static CopyfitLimitsLoader load(Path file) {
        return new CopyfitLimitsLoader(YamlMap.read(file).allowOnly(TOP_KEYS));
    }

    /** Editions named in the file that {@code known} does not define are errors. */
    public CopyfitLimitsLoader requireKnownEditions(Set<String> known) {
        if (editions != null) {
            for (String id : editions.keys()) {
                if (!known.contains(id)) {
                    throw editions.error(id, "unknown edition '" + id + "' (editions: " + String.join(", ", known) + ")");
                }
            }
        }
        return this;
    }

    /**
     * The limits of one edition: its format's ranges, over them its script's where the file gives them,
     * and over those its own.
     */
    public CopyfitLimits limitsFor(Edition edition) {
        YamlMap format = edition.paper().isLargeFormat() ? large : other;
        String script = edition.writingSystem().script();
        YamlMap written = scripts != null && scripts.has(script) ? scripts.map(script) : null;
        YamlMap own = editions != null && editions.has(edition.id()) ? editions.map(edition.id()) : null;
        Map<String, TypeRange> ranges = new LinkedHashMap<>();
        for (String key : STEPS.keySet()) {
            YamlMap from = own != null && own.has(key) ? own : written != null && written.has(key) ? written : format;
            ranges.put(key, range(from, key));
        }
        return new CopyfitLimits(targetFill, steps, ranges.get("body-size"), ranges.get("body-leading"),
                ranges.get("heading-space"), ranges.get("article-space"), ranges.get("paragraph-space"),
                ranges.get("pullquote-size"), ranges.get("figure-width"));
    }

    private static TypeRange range(YamlMap yaml, String key) {
        List<String> values = yaml.strings(key);
        if (values.size() != 3) {
            throw yaml.error(key, "'" + key + "' must be three numbers: [smallest, design, largest]");
        }
        double[] numbers = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                numbers[i] = Double.parseDouble(values.get(i).strip());
            } catch (NumberFormatException e) {
                throw yaml.error(key, "'" + key + "' must be three numbers: [smallest, design, largest], not '" + values.get(i) + "'");
            }
        }
        if (!(numbers[0] <= numbers[1] && numbers[1] <= numbers[2]) || numbers[0] < 0) {
            throw yaml.error(key, "'" + key + "' must be [smallest, design, largest] in that order, not "
                    + String.join(", ", values));
        }
        return new TypeRange(numbers[0], numbers[1], numbers[2], STEPS.get(key));
    }

    /** Every key and the step its value moves in. */
    private static Map<String, Double> stepsByKey() {
        Map<String, Double> steps = new LinkedHashMap<>();
        steps.put("body-size", 0.1);
        steps.put("body-leading", 0.1);
        steps.put("heading-space", 0.1);
        steps.put("article-space", 0.1);
        steps.put("paragraph-space", 0.1);
        steps.put("pullquote-size", 0.5);
        steps.put("figure-width", 1.0);
        return steps;
    }
}
