package press.aurora.translate.check;

import java.nio.file.Path;
import java.util.List;
import press.aurora.diag.Diagnostic;
import press.aurora.translate.Catalog;
import press.aurora.translate.TranslationChecker;

/** The PO files under src/test/resources/press/aurora/translate/check/, each breaking one check. */
final class CheckFixtures {

    static final Path FOLDER = Path.of("src", "test", "resources", "press", "aurora", "translate", "check");
    static final Glossary GLOSSARY = new Glossary(List.of("Aurora", "ICT", "CWO", "leftcom.org"));

    private CheckFixtures() {
    }

    /** Every problem of the fixture as {@code line: severity: message [id]}. */
    static List<String> problems(String name, String language) {
        Catalog catalog = Catalog.read(FOLDER.resolve(name)).orElseThrow();
        List<Diagnostic> found = TranslationChecker.standard(GLOSSARY, CheckSettings.DEFAULT).checkCatalog(language, catalog);
        return found.stream().map(d -> d.position().line() + ": " + d.severity().label() + ": " + d.message() + " [" + d.code() + "]")
                .toList();
    }

    public static void main(String[] args) {
        for (String name : args) {
            System.out.println("== " + name);
            problems(name, name.split("\\.")[1]).forEach(System.out::println);
        }
    }
}
