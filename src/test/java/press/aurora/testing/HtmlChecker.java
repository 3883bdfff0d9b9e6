package press.aurora.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the checker behind validator.w3.org/nu), run in-process with its bundled HTML5 schema:
 * no network. Every error and warning it reports, as {@code line:column: message}.
 */
public final class HtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {
    }

    /** The checker's errors and warnings for an HTML document; empty when it is valid HTML5. */
    public static synchronized List<String> problems(String html) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(format("warning", e));
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(format("error", e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(format("fatal", e));
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        InputSource source = new InputSource(new StringReader(html));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return problems;
    }

    private static String format(String severity, SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + severity + ": " + e.getMessage();
    }
}
