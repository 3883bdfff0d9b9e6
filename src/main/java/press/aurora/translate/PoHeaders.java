package press.aurora.translate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.aurora.translate.po.PluralForms;
import press.aurora.translate.po.PoEntry;
import press.aurora.translate.po.PoHeader;

/** The headers our PO and POT files get, as xgettext, msginit and msgmerge would write them. */
public final class PoHeaders {

    public static final String POT_CREATION_DATE = "POT-Creation-Date";
    public static final String PO_REVISION_DATE = "PO-Revision-Date";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mmxx").withZone(ZoneOffset.UTC);

    private PoHeaders() {
    }

    /** gettext's date format, e.g. {@code 2017-11-02 09:00+0000}. */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** A template's header: xgettext's fields with the charset filled in (UTF-8) and the header marked fuzzy. */
    public static PoHeader template(String project, String description, String creationDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Project-Id-Version", project);
        fields.put("Report-Msgid-Bugs-To", "");
        fields.put(POT_CREATION_DATE, creationDate);
        fields.put(PO_REVISION_DATE, "YEAR-MO-DA HO:MI+ZONE");
        fields.put("Last-Translator", "FULL NAME <EMAIL@ADDRESS>");
        fields.put("Language-Team", "LANGUAGE <LL@li.org>");
        fields.put("Language", "");
        fields.put("MIME-Version", "1.0");
        fields.put("Content-Type", "text/plain; charset=UTF-8");
        fields.put("Content-Transfer-Encoding", "8bit");
        return new PoHeader(List.of(description), Set.of(PoEntry.FUZZY), fields, 0);
    }

    /**
     * A new language's header, as {@code msginit --no-translator} makes it from the template: the template's
     * comment and fields, the fuzzy flag removed, Language and Plural-Forms filled in. Where msginit writes no
     * Plural-Forms (gettext 0.21 has none for fa, ar, hi, zh_CN, ...) the language data's CLDR rule is written.
     */
    public static PoHeader newCatalog(PoHeader template, String language, String revisionDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Project-Id-Version", template.get("Project-Id-Version"));
        fields.put("Report-Msgid-Bugs-To", "");
        fields.put(POT_CREATION_DATE, template.get(POT_CREATION_DATE));
        fields.put(PO_REVISION_DATE, revisionDate);
        fields.put("Last-Translator", "Automatically generated");
        fields.put("Language-Team", "none");
        fields.put("Language", language);
        fields.put("MIME-Version", "1.0");
        fields.put("Content-Type", "text/plain; charset=UTF-8");
        fields.put("Content-Transfer-Encoding", "8bit");
        fields.put("Plural-Forms", PluralForms.of(language));
        return new PoHeader(template.translatorComments(), Set.of(), fields, 0);
    }

    /** An existing catalogue's header after a merge: msgmerge takes POT-Creation-Date from the template, keeps the rest. */
    public static PoHeader merged(PoHeader existing, PoHeader template) {
        return existing.with(POT_CREATION_DATE, template.get(POT_CREATION_DATE));
    }
}
