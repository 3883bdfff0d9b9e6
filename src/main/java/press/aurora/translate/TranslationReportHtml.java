package press.aurora.translate;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import press.aurora.diag.Diagnostic;
import press.aurora.diag.Severity;
import press.aurora.diag.SourcePosition;

/**
 * {@code aurora check --format html}: the translators' status page, one self-contained HTML5 file (its style
 * inside, no script, no image, no font or link to fetch), readable on a phone and in print. Per language: the
 * completeness of each article in messages and in words as bars, each fuzzy message with a word-level diff of
 * the source text it was translated from ({@code #| msgid}) and the current one, each untranslated message, and
 * every finding of the checks, each with its file:line. A language written right to left (ICU's character
 * direction of the language) is shown right to left.
 */
public final class TranslationReportHtml {

    /** Fuzzy and untranslated messages are listed apart; these codes are not repeated among the findings. */
    private static final List<String> LISTED_APART = List.of("fuzzy", "untranslated");
    /** More untranslated messages than this are folded (a new language has them all). */
    private static final int FOLD_UNTRANSLATED = 30;

    private static final String STYLE = """
            * { box-sizing: border-box; }
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
                   margin: 0 auto; max-width: 64rem; padding: 1rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.3rem; margin-top: 2rem; padding-top: 1rem; border-top: 2px solid #1b1b1b; }
            h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #ddd; }
            td.number { text-align: end; font-variant-numeric: tabular-nums; }
            .bar { display: block; height: .75rem; min-width: 6rem; background: #d9d9d9; border-radius: .2rem;
                   overflow: hidden; white-space: nowrap; font-size: 0; line-height: 0;
                   -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .bar span { display: inline-block; height: .75rem; vertical-align: top; }
            .done { background: #2e7d32; }
            .fuzzy { background: #e6a100; }
            .todo { background: #d9d9d9; }
            .figure { font-size: .85rem; color: #5f5f5f; white-space: nowrap; }
            .where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; overflow-wrap: anywhere; }
            .pass { color: #2e7d32; font-weight: bold; }
            .fail, .error { color: #b00020; font-weight: bold; }
            .warning { color: #8a5a00; }
            ol.messages { padding-inline-start: 1.5rem; }
            ol.messages li { margin-bottom: 1rem; }
            .label { margin: .25rem 0 0; font-size: .85rem; color: #5f5f5f; }
            .text { margin: 0; padding: .35rem .5rem; background: #f6f6f6; border-inline-start: 3px solid #d9d9d9;
                    overflow-wrap: anywhere; white-space: pre-wrap; }
            del { background: #fde2e2; color: #8b0000; }
            ins { background: #dcf5dc; color: #0b5a0b; text-decoration: underline; }
            del + ins { margin-left: .2em; }
            .legend span { display: inline-block; width: .8em; height: .8em; margin: 0 .25em 0 .6em;
                           -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            @media screen and (max-width: 40rem) {
              body { padding: .5rem; font-size: 15px; }
              table.articles .path { display: none; }
            }
            @media print {
              body { max-width: none; font-size: 10pt; padding: 0; }
              section.language { break-before: page; }
              li, tr { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
              details > summary { list-style: none; }
            }
            """;

    private final StringBuilder out = new StringBuilder();
    private final TranslationReport report;

    private TranslationReportHtml(TranslationReport report) {
        this.report = report;
    }

    public static String format(TranslationReport report) {
        return new TranslationReportHtml(report).page();
    }

    private String page() {
        String title = "Translations of issue " + report.issueId();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p>");
        long passing = report.languages().stream().filter(l -> l.passes(report.minCompleteness())).count();
        out.append(report.languages().size()).append(report.languages().size() == 1 ? " language" : " languages")
                .append(", ").append(passing).append(" ready to print; a language is ready when it is at least ")
                .append(TranslationReportText.number(report.minCompleteness()))
                .append("% translated and has no error.</p>\n<p class=\"legend\">Bars:<span class=\"done\"></span>translated")
                .append("<span class=\"fuzzy\"></span>fuzzy (translated for an older source text)<span class=\"todo\"></span>untranslated</p>\n</header>\n<main>\n");
        summary();
        report.languages().forEach(this::language);
        out.append("</main>\n<footer>\n<p class=\"label\">Written by <code>aurora check --format html</code>.</p>\n</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private void summary() {
        out.append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Languages</h2>\n<div class=\"scroll\">\n<table>\n")
                .append("<thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Messages</th><th scope=\"col\">Words</th>")
                .append("<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Ready</th></tr></thead>\n<tbody>\n");
        for (LanguageReport language : report.languages()) {
            boolean passes = language.passes(report.minCompleteness());
            out.append("<tr><th scope=\"row\"><a href=\"#").append(anchor(language.language())).append("\">")
                    .append(escape(name(language.language()))).append("</a></th><td>");
            bar(language.messages(), "messages");
            out.append("</td><td>");
            bar(language.words(), "words");
            out.append("</td><td class=\"number\">").append(language.count(Severity.ERROR))
                    .append("</td><td class=\"number\">").append(language.count(Severity.WARNING))
                    .append("</td><td class=\"").append(passes ? "pass\">yes" : "fail\">no").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private void language(LanguageReport language) {
        String code = language.language();
        String id = anchor(code);
        out.append("<section class=\"language\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-title\" dir=\"")
                .append(direction(code)).append("\">\n<h2 id=\"").append(id).append("-title\"><bdi>").append(escape(name(code))).append("</bdi>");
        String own = ULocale.forLanguageTag(tag(code)).getDisplayName(ULocale.forLanguageTag(tag(code)));
        if (!own.isBlank() && !own.equals(code)) {
            out.append(" · <bdi lang=\"").append(escape(tag(code))).append("\">").append(escape(own)).append("</bdi>");
        }
        out.append("</h2>\n");
        articles(language);
        pending(language, PendingMessage.State.FUZZY);
        pending(language, PendingMessage.State.UNTRANSLATED);
        findings(language);
        out.append("</section>\n");
    }

    private void articles(LanguageReport language) {
        out.append("<h3>Articles</h3>\n<div class=\"scroll\">\n<table class=\"articles\">\n<thead><tr><th scope=\"col\">Article</th>")
                .append("<th scope=\"col\" class=\"path\">PO file</th><th scope=\"col\">Messages</th><th scope=\"col\">Words</th></tr></thead>\n<tbody>\n");
        for (FileReport file : language.files()) {
            out.append("<tr><th scope=\"row\">").append(escape(file.name())).append("</th><td class=\"path where\" dir=\"ltr\">")
                    .append(escape(SourcePosition.displayPath(file.file()))).append(file.exists() ? "" : " (missing)").append("</td><td>");
            bar(file.messages(), "messages");
            out.append("</td><td>");
            bar(file.words(), "words");
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private void pending(LanguageReport language, PendingMessage.State state) {
        List<PendingMessage> messages = language.files().stream().flatMap(f -> f.pending().stream())
                .filter(m -> m.state() == state).toList();
        boolean fuzzy = state == PendingMessage.State.FUZZY;
        String heading = (fuzzy ? "Fuzzy messages" : "Untranslated messages") + " (" + messages.size() + ")";
        if (messages.isEmpty()) {
            out.append("<h3>").append(heading).append("</h3>\n<p>None.</p>\n");
            return;
        }
        boolean fold = !fuzzy && messages.size() > FOLD_UNTRANSLATED;
        out.append(fold ? "<details>\n<summary><h3>" + heading + "</h3></summary>\n" : "<h3>" + heading + "</h3>\n");
        if (fuzzy) {
            out.append("<p>The source changed since these were translated: what was <del>removed</del> and <ins>added</ins> "
                    + "is marked. Update the translation, then remove the fuzzy flag.</p>\n");
        }
        out.append("<ol class=\"messages\">\n");
        String tag = tag(language.language());
        for (PendingMessage message : messages) {
            out.append("<li>\n<p class=\"where\"><bdi dir=\"ltr\">").append(escape(message.position().toString())).append("</bdi></p>\n");
            if (fuzzy) {
                if (message.previousMsgid() != null) {
                    out.append("<p class=\"label\">Source, changed</p>\n<p class=\"text\" lang=\"en\" dir=\"ltr\">");
                    diff(message.previousMsgid(), message.msgid());
                } else {
                    out.append("<p class=\"label\">Source (the file keeps no #| msgid to compare with)</p>\n")
                            .append("<p class=\"text\" lang=\"en\" dir=\"ltr\">").append(escape(message.msgid()));
                }
                out.append("</p>\n<p class=\"label\">Translation, fuzzy</p>\n<p class=\"text\" lang=\"").append(escape(tag))
                        .append("\" dir=\"").append(direction(language.language())).append("\">")
                        .append(escape(message.msgstr())).append("</p>\n");
            } else {
                out.append("<p class=\"text\" lang=\"en\" dir=\"ltr\">").append(escape(message.msgid())).append("</p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n").append(fold ? "</details>\n" : "");
    }

    private void diff(String before, String after) {
        for (WordDiff.Piece piece : WordDiff.diff(before, after)) {
            String text = escape(piece.text());
            switch (piece.kind()) {
                case SAME -> out.append(text);
                case REMOVED -> out.append("<del>").append(text).append("</del>");
                case ADDED -> out.append("<ins>").append(text).append("</ins>");
            }
        }
    }

    private void findings(LanguageReport language) {
        List<Diagnostic> findings = language.diagnostics().stream().filter(d -> !LISTED_APART.contains(d.code())).toList();
        out.append("<h3>Findings of the checks (").append(findings.size()).append(")</h3>\n");
        if (findings.isEmpty()) {
            out.append("<p>None.</p>\n");
            return;
        }
        out.append("<div class=\"scroll\">\n<table>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Where</th>")
                .append("<th scope=\"col\">Problem</th><th scope=\"col\">Check</th></tr></thead>\n<tbody>\n");
        for (Diagnostic d : findings) {
            out.append("<tr><td class=\"").append(d.severity().label()).append("\">").append(d.severity().label())
                    .append("</td><td class=\"where\" dir=\"ltr\">").append(escape(d.position() == null ? "" : d.position().toString()))
                    .append("</td><td dir=\"auto\">").append(escape(d.message())).append("</td><td class=\"where\">")
                    .append(escape(d.code())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    /** A bar of translated, fuzzy and untranslated parts, with the figures beside it. */
    private void bar(Counts counts, String unit) {
        int total = counts.total();
        out.append("<div class=\"bar\" role=\"img\" aria-label=\"").append(counts.translated()).append(" of ").append(total)
                .append(' ').append(unit).append(" translated, ").append(counts.fuzzy()).append(" fuzzy\">");
        if (total > 0) {
            out.append("<span class=\"done\" style=\"width: ").append(share(counts.translated(), total)).append("%\"></span>")
                    .append("<span class=\"fuzzy\" style=\"width: ").append(share(counts.fuzzy(), total)).append("%\"></span>");
        }
        out.append("</div><span class=\"figure\">").append(TranslationReportText.number(counts.percent())).append("% · ")
                .append(counts.translated()).append(" of ").append(total).append(' ').append(unit).append("</span>");
    }

    private static String share(int part, int total) {
        return String.format(Locale.ROOT, "%.2f", 100.0 * part / total);
    }

    /** {@code rtl} for a language written right to left, by ICU's character direction of the language. */
    static String direction(String language) {
        return ULocale.forLanguageTag(tag(language)).isRightToLeft() ? "rtl" : "ltr";
    }

    private static String name(String language) {
        String english = ULocale.forLanguageTag(tag(language)).getDisplayName(ULocale.ENGLISH);
        return (english.isBlank() ? language : english) + " (" + language + ")";
    }

    /** {@code pt_BR} → {@code pt-BR}; a gettext @variant is dropped. */
    private static String tag(String language) {
        int at = language.indexOf('@');
        return (at < 0 ? language : language.substring(0, at)).replace('_', '-');
    }

    private static String anchor(String language) {
        return "lang-" + language.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c < 0xa0 || c >= 0xd800 && c <= 0xdfff) {
                        escaped.append('\uFFFD'); // not allowed in HTML text; the PO file shows the character
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
