package press.aurora.edition;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import press.aurora.config.YamlMap;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/** The layout's interface strings (ICU MessageFormat patterns) for one language, with their keys. */
public final class InterfaceStrings {

    public static final String FILE_NAME = "strings.yaml";

    private final Map<String, String> patterns;
    private final Map<String, SourcePosition> positions;
    private final ULocale locale;

    private InterfaceStrings(Map<String, String> patterns, Map<String, SourcePosition> positions, ULocale locale) {
        this.patterns = Map.copyOf(patterns);
        this.positions = Map.copyOf(positions);
        this.locale = locale;
    }

    /** The English source patterns from styles/strings.yaml. */
    public static InterfaceStrings loadSource(Path file) {
        YamlMap yaml = YamlMap.read(file);
        Map<String, String> patterns = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        for (String key : yaml.keys()) {
            patterns.put(key, yaml.string(key));
            positions.put(key, yaml.position(key));
        }
        return new InterfaceStrings(patterns, positions, ULocale.ENGLISH);
    }

    /** The same keys with other patterns (a translation), formatting for {@code locale}. */
    public InterfaceStrings with(Map<String, String> translated, ULocale locale) {
        Map<String, String> merged = new LinkedHashMap<>(patterns);
        merged.putAll(translated);
        return new InterfaceStrings(merged, positions, locale);
    }

    public Map<String, String> patterns() {
        return patterns;
    }

    public SourcePosition position(String key) {
        return positions.get(key);
    }

    /** Formats the pattern for {@code key} with named arguments. */
    public String format(String key, Map<String, Object> arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no interface string '" + key + "'");
        }
        try {
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (IllegalArgumentException e) {
            SourcePosition where = positions.getOrDefault(key, SourcePosition.of(Path.of(FILE_NAME)));
            throw ContentException.at(where, "icu-pattern", "bad pattern for '" + key + "': " + e.getMessage());
        }
    }

    public String format(String key) {
        return format(key, Map.of());
    }
}
