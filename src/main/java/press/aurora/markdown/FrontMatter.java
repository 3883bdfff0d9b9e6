package press.aurora.markdown;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import press.aurora.config.YamlMap;
import press.aurora.diag.ContentException;
import press.aurora.diag.SourcePosition;

/** An article's YAML front matter, read strictly with its line numbers. */
final class FrontMatter {

    static final Set<String> KEYS = Set.of("title", "kicker", "standfirst", "author");

    private FrontMatter() {
    }

    static YamlMap read(Path file, Document document) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            throw ContentException.at(SourcePosition.of(file, 1), "front-matter",
                    "missing front matter: start the article with a '---' line, 'title: ...', and a closing '---' line");
        }
        List<String> lines = Arrays.asList(block.getChars().toString().split("\n", -1));
        int end = lines.size() - 1;
        while (end > 0 && !isFence(lines.get(end))) {
            end--;
        }
        String yaml = String.join("\n", lines.subList(1, Math.max(1, end)));
        int lineOffset = block.getStartLineNumber() + 1;
        return YamlMap.parse(file, lineOffset, yaml).allowOnly(KEYS);
    }

    private static boolean isFence(String line) {
        String trimmed = line.strip();
        return trimmed.equals("---") || trimmed.equals("...");
    }
}
