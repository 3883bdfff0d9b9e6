package press.aurora.translate.check;

import java.util.ArrayList;
import java.util.List;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.SourcePosition;
import press.aurora.translate.Catalog;
import press.aurora.translate.po.PluralForms;
import press.aurora.translate.po.PoHeader;

/**
 * What GNU msgfmt would refuse in a PO file, with the line: syntax (unterminated string, text outside a
 * string, keywords out of order), bad escapes, duplicate messages, plural forms, and the header (missing,
 * without charset, Language or Plural-Forms) — as {@link press.aurora.translate.po.PoReader} finds them, each
 * under its own id ({@code po-syntax}, {@code po-escape}, {@code po-duplicate}, {@code po-plural},
 * {@code po-header}). A header whose Language is not the folder's language is an error too; a Plural-Forms
 * that picks other forms than the language's rule (msginit's, or CLDR's where gettext has none) is a warning; one
 * written otherwise with the same meaning (Weblate's, without msginit's parentheses) is not.
 */
public final class PoSyntaxCheck {

    public static final String ID = "po-syntax";
    public static final String HEADER = "po-header";

    private PoSyntaxCheck() {
    }

    public static List<Diagnostic> check(Catalog catalog, String language) {
        List<Diagnostic> found = new ArrayList<>(catalog.problemDiagnostics());
        PoHeader header = catalog.po().header();
        if (header == null) {
            return found;
        }
        SourcePosition where = SourcePosition.of(catalog.file(), Math.max(1, header.line()));
        String declared = header.get("Language");
        if (declared != null && !declared.isEmpty() && !sameLanguage(declared, language)) {
            found.add(Diagnostic.error(HEADER, where, "header says Language: " + declared
                    + " but the file is in the folder of language '" + language + "'"));
        }
        String pluralForms = header.get("Plural-Forms");
        PluralForms.rule(language).filter(expected -> pluralForms != null && PluralForms.isWellFormed(pluralForms)
                        && !PluralForms.sameRule(pluralForms, expected))
                .ifPresent(expected -> found.add(Diagnostic.warning(HEADER, where, "Plural-Forms is \"" + pluralForms
                        + "\"; " + expected.origin().phrase() + " \"" + expected.headerValue() + "\" for '" + language + "'")));
        return found;
    }

    /**
     * The header's Language is the folder's, or the folder's with a region, script or variant added: Poedit writes
     * {@code de_DE} for German (Germany), and a file in {@code de} may say so.
     */
    private static boolean sameLanguage(String declared, String folder) {
        return declared.equals(folder) || (declared.startsWith(folder)
                && (declared.charAt(folder.length()) == '_' || declared.charAt(folder.length()) == '@'));
    }
}
