package press.aurora.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import press.aurora.config.ArticleRef;
import press.aurora.config.IssueConfig;
import press.aurora.config.IssueConfigLoader;
import press.aurora.markdown.ArticleReader;
import press.aurora.markdown.I18nDirectives;
import press.aurora.model.Article;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoFile;
import press.aurora.translate.po.PoWriter;

/**
 * A one-off tool, not a test: fills translations/LANG/ISSUE/*.po from translated Markdown drafts that have the
 * same block structure as the source, by extracting messages from the source and from the draft with the same
 * extractor and pairing them in order (same count, same roles, or it stops). Run it, then 'aurora extract':
 *
 * <pre>mvn -q test -Dtest=DraftAlignmentTool -Daurora.drafts=/path/to/drafts   # drafts/LANG/ARTICLE.md</pre>
 */
@EnabledIfSystemProperty(named = "aurora.drafts", matches = ".+")
class DraftAlignmentTool {

    @Test
    void fillCataloguesFromDrafts() throws IOException {
        Path drafts = Path.of(System.getProperty("aurora.drafts"));
        IssueConfig issue = IssueConfigLoader.load(Path.of("issues", "2017-11"));
        TranslationsLayout layout = new TranslationsLayout(Path.of("translations"));
        for (String language : List.of("fr", "it", "es")) {
            for (ArticleRef ref : issue.articles()) {
                Article source = ArticleReader.read(ref);
                Article draft = ArticleReader.read(new ArticleRef(drafts.resolve(language).resolve(ref.file().getFileName()),
                        ref.role(), null));
                List<Message> sourceMessages = MessageExtractor.extract(source, I18nDirectives.read(ref.file()));
                List<Message> draftMessages = MessageExtractor.extract(draft, I18nDirectives.NONE);
                assertThat(draftMessages).as("%s %s", language, ref.id()).hasSameSizeAs(sourceMessages);
                Map<MessageKey, String> translations = new LinkedHashMap<>();
                for (int i = 0; i < sourceMessages.size(); i++) {
                    Message s = sourceMessages.get(i);
                    Message d = draftMessages.get(i);
                    assertThat(d.role()).as("%s %s message %d", language, ref.id(), i).isEqualTo(s.role());
                    String previous = translations.put(s.key(), d.msgid());
                    assertThat(previous == null || previous.equals(d.msgid())).as("same translation for %s", s.msgid()).isTrue();
                }
                Path po = layout.catalog(language, issue.id(), ref.id());
                PoFile file = Catalog.read(po).orElseThrow().po();
                List<PoEntry> filled = file.entries().stream().map(e -> {
                    String msgstr = translations.get(MessageKey.of(e));
                    return msgstr == null || e.obsolete() ? e : e.toBuilder().fuzzy(false).previous(null, null).msgstr(msgstr).build();
                }).toList();
                Files.writeString(po, PoWriter.write(new PoFile(file.header(), filled)), StandardCharsets.UTF_8);
            }
        }
    }
}
