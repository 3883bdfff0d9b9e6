package press.aurora.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/**
 * A YAML mapping read strictly: every value is looked up by key with its source line,
 * unknown keys are errors naming the allowed ones, and type mistakes name the line.
 */
public final class YamlMap {

    private static final String CODE = "yaml";
    /**
     * One parser set-up per thread (SnakeYAML's is not thread-safe): making one builds its resolvers and
     * representers, which cost more than composing a front matter. Each {@code compose} starts afresh.
     */
    private static final ThreadLocal<Yaml> PARSER = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    });

    private final Path file;
    private final int lineOffset;
    private final Node node;
    private final Map<String, NodeTuple> entries;

    private YamlMap(Path file, int lineOffset, Node node, Map<String, NodeTuple> entries) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        this.entries = entries;
    }

    /** Reads a YAML file whose top level must be a mapping. */
    public static YamlMap read(Path file) {
        try {
            return parse(file, 0, Files.readString(file));
        } catch (NoSuchFileException e) {
            throw ContentException.at(SourcePosition.of(file), "missing-file", "file not found");
        } catch (IOException e) {
            throw ContentException.at(SourcePosition.of(file), "unreadable-file", "cannot read: " + e.getMessage());
        }
    }

    /** Parses YAML text that starts {@code lineOffset} lines into {@code file} (front matter). */
    public static YamlMap parse(Path file, int lineOffset, String text) {
        Node root;
        try {
            root = PARSER.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw ContentException.at(new SourcePosition(file, line, column), CODE, "malformed YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw ContentException.at(SourcePosition.of(file), CODE, "malformed YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            throw ContentException.at(new SourcePosition(file, lineOffset + 1, 0), CODE, "empty YAML: expected a mapping of keys to values");
        }
        return of(file, lineOffset, root);
    }

    private static YamlMap of(Path file, int lineOffset, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw ContentException.at(position(file, lineOffset, node), CODE, "expected a mapping of keys to values");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw ContentException.at(position(file, lineOffset, tuple.getKeyNode()), CODE, "a key must be plain text");
            }
            if (entries.put(key.getValue(), tuple) != null) {
                throw ContentException.at(position(file, lineOffset, key), CODE, "duplicate key '" + key.getValue() + "'");
            }
        }
        return new YamlMap(file, lineOffset, node, entries);
    }

    public Path file() {
        return file;
    }

    public SourcePosition position() {
        return position(file, lineOffset, node);
    }

    public SourcePosition position(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position() : position(file, lineOffset, tuple.getKeyNode());
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Fails on the first key that is not allowed, naming the allowed keys. */
    public YamlMap allowOnly(Set<String> allowed) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                throw ContentException.at(position(key), CODE,
                        "unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    public String string(String key) {
        return scalar(key, require(key));
    }

    public String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    public int integer(String key) {
        String text = string(key);
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ContentException.at(position(key), CODE, "'" + key + "' must be a whole number, not '" + text + "'");
        }
    }

    public int integer(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    public YamlMap map(String key) {
        return of(file, lineOffset, require(key));
    }

    public List<YamlMap> maps(String key) {
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence(key).getValue()) {
            maps.add(of(file, lineOffset, item));
        }
        return maps;
    }

    public List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(key).getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw ContentException.at(position(file, lineOffset, item), CODE, "'" + key + "' must be a list of text values");
            }
            values.add(scalar.getValue());
        }
        return values;
    }

    public ContentException error(String key, String message) {
        return ContentException.at(position(key), CODE, message);
    }

    private SequenceNode sequence(String key) {
        Node value = require(key);
        if (!(value instanceof SequenceNode sequence)) {
            throw ContentException.at(position(file, lineOffset, value), CODE, "'" + key + "' must be a list");
        }
        return sequence;
    }

    private String scalar(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            throw ContentException.at(position(file, lineOffset, value), CODE, "'" + key + "' must be a single value");
        }
        return scalar.getValue();
    }

    private Node require(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            throw ContentException.at(position(), CODE, "missing key '" + key + "'");
        }
        return tuple.getValueNode();
    }

    private static SourcePosition position(Path file, int lineOffset, Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? SourcePosition.of(file)
                : new SourcePosition(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
