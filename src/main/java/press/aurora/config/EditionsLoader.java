package press.aurora.config;

import com.ibm.icu.util.ULocale;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads styles/editions.yaml strictly: unknown keys, bad locales and sizes are errors with their line. */
public final class EditionsLoader {

    private static final Set<String> TOP_KEYS = Set.of("editions");
    private static final Set<String> KEYS = Set.of("name", "country", "locale", "language", "paper", "pages",
            "page-multiple", "price", "contact", "fallback", "bleed", "crop-marks", "pdf-standard", "icc-profile",
            "ink", "max-ink", "target-ppi", "min-ppi");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern PAGES = Pattern.compile("(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?");

    private EditionsLoader() {
    }

    public static List<Edition> load(Path file) {
        Path styles = file.toAbsolutePath().getParent();
        YamlMap yaml = YamlMap.read(file).allowOnly(TOP_KEYS);
        List<Edition> editions = new ArrayList<>();
        YamlMap all = yaml.map("editions");
        for (String id : all.keys()) {
            if (!ID.matcher(id).matches()) {
                throw all.error(id, "edition id '" + id + "' must be lower-case letters, digits and hyphens");
            }
            editions.add(edition(id, all.map(id).allowOnly(KEYS), styles));
        }
        if (editions.isEmpty()) {
            throw yaml.error("editions", "no editions defined");
        }
        return List.copyOf(editions);
    }

    private static Edition edition(String id, YamlMap yaml, Path styles) {
        String country = yaml.string("country");
        if (!COUNTRY.matcher(country).matches()) {
            throw yaml.error("country", "country must be an ISO 3166 two-letter code such as GB, not '" + country + "'");
        }
        int multiple = yaml.integer("page-multiple", 4);
        if (multiple != 1 && multiple != 2 && multiple != 4) {
            throw yaml.error("page-multiple", "page-multiple must be 1, 2 or 4");
        }
        int[] pages = pages(yaml, multiple);
        return new Edition(id, yaml.string("name"), country, locale(yaml), yaml.string("language"),
                paper(yaml), pages[1], multiple, price(yaml), yaml.strings("contact"), fallback(yaml), print(yaml, styles),
                pages[0]);
    }

    /** {@code pages: 4} or a range {@code pages: 2-4}: the fewest and the most pages, both multiples of the page multiple. */
    private static int[] pages(YamlMap yaml, int multiple) {
        String text = yaml.string("pages").strip();
        java.util.regex.Matcher range = PAGES.matcher(text);
        if (!range.matches()) {
            throw yaml.error("pages", "pages must be a page count such as 4 or a range such as 2-4, not '" + text + "'");
        }
        int least = Integer.parseInt(range.group(1));
        int most = range.group(2) == null ? least : Integer.parseInt(range.group(2));
        for (int count : new int[] {least, most}) {
            if (count < 1 || count % multiple != 0) {
                throw yaml.error("pages", "pages must be a positive multiple of " + multiple + ", not " + count);
            }
        }
        if (least > most) {
            throw yaml.error("pages", "a page range goes from the fewest to the most pages, not '" + text + "'");
        }
        return new int[] {least, most};
    }

    private static ULocale locale(YamlMap yaml) {
        String tag = yaml.string("locale");
        ULocale locale = ULocale.forLanguageTag(tag);
        boolean knownLanguage = java.util.Arrays.asList(ULocale.getISOLanguages()).contains(locale.getLanguage());
        if (!knownLanguage || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
            throw yaml.error("locale", "locale must be a BCP 47 tag such as en-GB, not '" + tag + "'");
        }
        return locale;
    }

    private static PaperSize paper(YamlMap yaml) {
        String text = yaml.string("paper");
        PaperSize paper = PaperSize.parse(text);
        if (paper == null) {
            throw yaml.error("paper", "unknown paper '" + text + "' (allowed: " + PaperSize.allowedNames() + ")");
        }
        return paper;
    }

    private static Price price(YamlMap yaml) {
        String text = yaml.string("price");
        Price price = Price.parse(text);
        if (price == null) {
            throw yaml.error("price", "price must be 'free' or an amount and currency such as '1.50 GBP', not '" + text + "'");
        }
        return price;
    }

    private static PrintSettings print(YamlMap yaml, Path styles) {
        String bleedText = yaml.string("bleed", String.valueOf(PrintSettings.DEFAULT_BLEED_MM));
        double bleed;
        try {
            bleed = Double.parseDouble(bleedText.replace("mm", "").strip());
        } catch (NumberFormatException e) {
            throw yaml.error("bleed", "bleed must be a number of millimetres such as 3, not '" + bleedText + "'");
        }
        if (bleed < 0 || bleed > 20) {
            throw yaml.error("bleed", "bleed must be between 0 and 20 mm");
        }
        String marks = yaml.string("crop-marks", "true");
        if (!marks.equals("true") && !marks.equals("false")) {
            throw yaml.error("crop-marks", "crop-marks must be true or false");
        }
        String standardText = yaml.string("pdf-standard", PdfStandard.PDF_X_4.fopMode());
        PdfStandard standard = PdfStandard.parse(standardText);
        if (standard == null) {
            throw yaml.error("pdf-standard", "pdf-standard must be PDF/X-4 or PDF/X-3, not '" + standardText + "'");
        }
        String profileText = yaml.string("icc-profile", PrintSettings.DEFAULT_PROFILE);
        Path profile = styles.resolve(profileText).normalize();
        if (!java.nio.file.Files.isRegularFile(profile)) {
            throw yaml.error("icc-profile", "ICC profile not found: " + profileText + " (paths are relative to styles/)");
        }
        String inkText = yaml.string("ink", Ink.CMYK.id());
        Ink ink = Ink.parse(inkText);
        if (ink == null) {
            throw yaml.error("ink", "ink must be cmyk or black, not '" + inkText + "'");
        }
        int maxInk = yaml.integer("max-ink", 0);
        if (yaml.has("max-ink") && (maxInk < 100 || maxInk > 400)) {
            throw yaml.error("max-ink", "max-ink is a total ink coverage in percent between 100 and 400, not " + maxInk);
        }
        int minPpi = yaml.integer("min-ppi", PrintSettings.DEFAULT_MIN_PPI);
        int targetPpi = yaml.integer("target-ppi", Math.max(PrintSettings.DEFAULT_TARGET_PPI, minPpi));
        if (minPpi < 50 || minPpi > targetPpi) {
            throw yaml.error("min-ppi", "min-ppi must be at least 50 and at most target-ppi (" + targetPpi + "), not " + minPpi);
        }
        if (targetPpi > 1200) {
            throw yaml.error("target-ppi", "target-ppi must be at most 1200, not " + targetPpi);
        }
        return new PrintSettings(bleed, marks.equals("true"), standard, profile, ink, maxInk, targetPpi, minPpi);
    }

    private static Fallback fallback(YamlMap yaml) {
        String text = yaml.string("fallback", "fail");
        Fallback fallback = Fallback.parse(text);
        if (fallback == null) {
            throw yaml.error("fallback", "fallback must be 'fail' or 'source', not '" + text + "'");
        }
        return fallback;
    }
}
