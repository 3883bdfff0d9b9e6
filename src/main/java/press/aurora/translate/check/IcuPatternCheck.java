package press.aurora.translate.check;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import press.aurora.diag.Diagnostic;

/**
 * Interface strings are ICU MessageFormat patterns: the translation must parse with ICU4J, use exactly the
 * source's argument names, and give an {@code other} branch in every plural, selectordinal and select (errors).
 * A plural without a branch for one of the language's CLDR categories (ICU's PluralRules: French, Italian and
 * Spanish have one, many and other) is a warning: {@code other} will be used for those numbers.
 */
public final class IcuPatternCheck implements TranslationCheck {

    public static final String ID = "icu-pattern";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Diagnostic> check(TranslationUnit unit) {
        if (!unit.isIcu()) {
            return List.of();
        }
        MessagePattern source;
        try {
            source = new MessagePattern(unit.msgid());
        } catch (IllegalArgumentException e) {
            return List.of(); // the source's own mistake; InterfaceStrings reports it in styles/strings.yaml
        }
        MessagePattern target;
        try {
            target = new MessagePattern(unit.msgstr());
        } catch (IllegalArgumentException e) {
            return List.of(error(unit, "the translation is not a valid ICU MessageFormat pattern: " + e.getMessage()));
        }
        List<Diagnostic> found = new ArrayList<>();
        Set<String> sourceArguments = arguments(source);
        Set<String> targetArguments = arguments(target);
        for (String name : sourceArguments) {
            if (!targetArguments.contains(name)) {
                found.add(error(unit, "argument {" + name + "} of the source is missing"));
            }
        }
        for (String name : targetArguments) {
            if (!sourceArguments.contains(name)) {
                found.add(error(unit, "argument {" + name + "} is not in the source (it has: "
                        + (sourceArguments.isEmpty() ? "none" : String.join(", ", sourceArguments)) + ")"));
            }
        }
        ULocale locale = ULocale.forLanguageTag(unit.language().replace('_', '-'));
        for (int i = 0; i < target.countParts(); i++) {
            MessagePattern.Part part = target.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || !part.getArgType().hasPluralStyle()
                    && part.getArgType() != MessagePattern.ArgType.SELECT) {
                continue;
            }
            String name = target.getSubstring(target.getPart(i + 1));
            Set<String> selectors = selectors(target, i);
            if (!selectors.contains("other")) {
                found.add(error(unit, "{" + name + ", " + part.getArgType().name().toLowerCase(java.util.Locale.ROOT)
                        + ", ...} has no 'other' branch"));
            }
            if (part.getArgType().hasPluralStyle()) {
                PluralRules rules = PluralRules.forLocale(locale, part.getArgType() == MessagePattern.ArgType.SELECTORDINAL
                        ? PluralRules.PluralType.ORDINAL : PluralRules.PluralType.CARDINAL);
                Set<String> missing = new TreeSet<>(rules.getKeywords());
                missing.removeAll(selectors);
                if (!missing.isEmpty()) {
                    found.add(Diagnostic.warning(ID, unit.position(), "{" + name + "} has no branch for the "
                            + locale.getDisplayLanguage(ULocale.ENGLISH) + " plural "
                            + (missing.size() == 1 ? "category " : "categories ") + String.join(", ", missing)
                            + " (CLDR); 'other' is used for those numbers"));
                }
            }
        }
        return found;
    }

    private static Diagnostic error(TranslationUnit unit, String message) {
        return Diagnostic.error(ID, unit.position(), message);
    }

    /** Argument names and numbers, in order of first use. */
    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** The selectors (one, other, =0, ...) directly in the plural or select argument starting at part {@code start}. */
    private static Set<String> selectors(MessagePattern pattern, int start) {
        Set<String> selectors = new TreeSet<>();
        int limit = pattern.getLimitPartIndex(start);
        for (int i = start + 1; i < limit; i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(pattern.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.MSG_START) {
                i = pattern.getLimitPartIndex(i);
            }
        }
        return selectors;
    }
}
