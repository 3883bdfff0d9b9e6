package press.aurora.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.aurora.config.Edition;
import press.aurora.testing.SampleWorkspace;

/** The build server's resources: kept from one build to the next, loaded again when anything under styles/ changed. */
class WarmResourcesTest {

    @TempDir
    Path root;

    @Test
    void keptUntilAFileUnderStylesChanges() throws Exception {
        SampleWorkspace.copyTo(root);
        Workspace workspace = new Workspace(root);
        List<Edition> editions = BuildResources.loadEditions(workspace);
        WarmResources warm = new WarmResources();

        BuildResources first = warm.apply(workspace, editions);
        assertThat(warm.apply(workspace, editions)).as("nothing changed: the same").isSameAs(first);

        Path stylesheet = workspace.styles().resolve("broadsheet.xsl");
        Files.setLastModifiedTime(stylesheet, FileTime.fromMillis(Files.getLastModifiedTime(stylesheet).toMillis() + 2000));
        BuildResources second = warm.apply(workspace, editions);
        assertThat(second).as("the stylesheet was saved: loaded again").isNotSameAs(first);
        assertThat(warm.apply(workspace, editions)).isSameAs(second);

        assertThat(warm.apply(workspace, editions.subList(0, 2))).as("other editions: loaded again").isNotSameAs(second);
    }
}
