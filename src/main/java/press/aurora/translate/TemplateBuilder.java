package press.aurora.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import press.aurora.diag.SourcePosition;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;
import press.aurora.translate.po.PoHeader;

/**
 * Messages to a template (POT): one entry per msgctxt+msgid in order of first appearance, its role comments
 * ({@code #.}), then the translators' comments from the source, every reference ({@code #:}) and the flags.
 */
public final class TemplateBuilder {

    private TemplateBuilder() {
    }

    /** @param reference how a position is written in {@code #:}, e.g. {@code issues/2017-11/about.md:12} */
    public static PoFile build(PoHeader header, List<Message> messages, Function<SourcePosition, String> reference) {
        Map<MessageKey, PoEntry.Builder> entries = new LinkedHashMap<>();
        Map<MessageKey, List<String>> comments = new LinkedHashMap<>();
        for (Message message : messages) {
            PoEntry.Builder entry = entries.computeIfAbsent(message.key(), k -> {
                PoEntry.Builder b = PoEntry.builder(message.msgid()).msgctxt(message.msgctxt());
                message.flags().stream().sorted().forEach(b::flag);
                return b;
            });
            List<String> seen = comments.computeIfAbsent(message.key(), k -> new ArrayList<>());
            List<String> all = new ArrayList<>();
            all.add(message.role());
            all.addAll(message.comments());
            for (String comment : all) {
                if (!seen.contains(comment)) {
                    seen.add(comment);
                    entry.extractedComment(comment);
                }
            }
            entry.reference(reference.apply(message.position()));
        }
        return PoFile.of(header, entries.values().stream().map(PoEntry.Builder::build).toList());
    }
}
