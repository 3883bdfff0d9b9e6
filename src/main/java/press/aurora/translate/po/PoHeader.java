package press.aurora.translate.po;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header entry of a PO file (msgid "" without msgctxt): its comments and flags, and its msgstr parsed
 * into ordered fields such as {@code Project-Id-Version}, {@code Language}, {@code Plural-Forms},
 * {@code Content-Type}, {@code POT-Creation-Date}.
 *
 * @param line 1-based line of the header's msgid, 0 for a header not read from a file
 */
public record PoHeader(List<String> translatorComments, Set<String> flags, Map<String, String> fields, int line) {

    public PoHeader {
        translatorComments = List.copyOf(translatorComments);
        flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        translatorComments.forEach(c -> PoEntry.requireOneLine(c, "header comment"));
        flags.forEach(PoEntry::requireFlag);
        fields.forEach(PoHeader::requireField);
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A header with these fields in this order, no comments and no flags. */
    public static PoHeader of(Map<String, String> fields) {
        return new PoHeader(List.of(), Set.of(), fields, 0);
    }

    /** The value of a field, or null when the header has none. */
    public String get(String name) {
        return fields.get(name);
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** This header with {@code name} set to {@code value}: replaced in place, or added at the end. */
    public PoHeader with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return new PoHeader(translatorComments, flags, copy, line);
    }

    public boolean isFuzzy() {
        return flags.contains(PoEntry.FUZZY);
    }

    /** The charset parameter of Content-Type ({@code text/plain; charset=UTF-8}), if there is one. */
    public Optional<String> charset() {
        String contentType = fields.get("Content-Type");
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String value = p.substring("charset=".length()).trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The header entry's msgstr: one {@code Name: value\n} line per field. */
    public String msgstr() {
        return fields.entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue() + "\n")
                .collect(Collectors.joining());
    }

    /** Any character {@link Character#isISOControl(int)} calls a control character (a loop: every header read runs it). */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void requireField(String name, String value) {
        if (name.isBlank() || name.indexOf(':') >= 0 || !name.strip().equals(name)
                || hasControlCharacter(name)) {
            throw new IllegalArgumentException("bad header field name: \"" + name + "\"");
        }
        if (value.indexOf('\n') >= 0 || !value.strip().equals(value)) {
            throw new IllegalArgumentException(
                    "header field " + name + " must be one line without surrounding spaces: \"" + value + "\"");
        }
    }
}
