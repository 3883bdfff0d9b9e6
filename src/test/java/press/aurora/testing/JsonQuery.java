package press.aurora.testing;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;

/**
 * Reads JSON back with a real parser (Saxon's XPath 3.1 {@code parse-json}), so tests check what a
 * tool reading the manifest would get: {@code JsonQuery.string(json, "?editions?1?sha256")}.
 */
public final class JsonQuery {

    private static final Processor PROCESSOR = new Processor(false);

    private JsonQuery() {
    }

    public static String string(String json, String path) {
        return evaluate(json, "string(parse-json($json)" + path + ")");
    }

    public static long number(String json, String path) {
        return Long.parseLong(evaluate(json, "string(xs:integer(parse-json($json)" + path + "))"));
    }

    public static int count(String json, String path) {
        return Integer.parseInt(evaluate(json, "string(count(parse-json($json)" + path + "))"));
    }

    private static String evaluate(String json, String expression) {
        try {
            XPathCompiler compiler = PROCESSOR.newXPathCompiler();
            compiler.declareVariable(new QName("json"));
            XPathSelector selector = compiler.compile(expression).load();
            selector.setVariable(new QName("json"), new XdmAtomicValue(json));
            return selector.evaluateSingle().getStringValue();
        } catch (SaxonApiException e) {
            throw new AssertionError("not JSON, or no " + expression + ": " + e.getMessage(), e);
        }
    }
}
