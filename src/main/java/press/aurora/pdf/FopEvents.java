package press.aurora.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Listens to one rendering's FOP events: a glyph a font does not have, or a font FOP had to
 * substitute, is a problem that fails the edition; layout overflows are warnings for the editor.
 */
final class FopEvents implements EventListener {

    private static final Set<String> FATAL = Set.of(
            "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable",
            "org.apache.fop.fonts.FontEventProducer.fontSubstituted",
            "org.apache.fop.fonts.FontEventProducer.fontLoadingErrorAtAutoDetection");

    private final List<RenderProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public synchronized void processEvent(Event event) {
        String message = EventFormatter.format(event);
        if (FATAL.contains(event.getEventID())) {
            problems.add(new RenderProblem(event.getEventID(), message));
        } else if (event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
            problems.add(new RenderProblem(event.getEventID(), message));
        } else if (event.getSeverity() == EventSeverity.WARN) {
            warnings.add(message);
        }
    }

    synchronized List<RenderProblem> problems() {
        return List.copyOf(problems);
    }

    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}
