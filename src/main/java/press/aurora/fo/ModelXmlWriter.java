package press.aurora.fo;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import net.sf.saxon.s9api.BuildingStreamWriter;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import press.aurora.config.Edition;
import press.aurora.diag.SourcePosition;
import press.aurora.config.PageGeometry;
import press.aurora.edition.InterfaceStrings;
import press.aurora.edition.LocalTypography;
import press.aurora.edition.LocaleFormats;
import press.aurora.image.FigureSizing;
import press.aurora.model.Article;
import press.aurora.model.Block;
import press.aurora.model.Inline;
import press.aurora.model.InlineText;
import press.aurora.model.Issue;
import press.aurora.model.Note;

/**
 * Writes one edition of the (translated, localised) model as the XML the stylesheets in
 * styles/ read. The vocabulary is documented in styles/broadsheet.xsl.
 */
public final class ModelXmlWriter {

    /** Stands for the page number in formatted strings; the stylesheet puts fo:page-number there. */
    public static final String PAGE_NUMBER = "\uE000";

    private final Processor processor;

    public ModelXmlWriter(Processor processor) {
        this.processor = processor;
    }

    public XdmNode write(Issue issue, Edition edition, InterfaceStrings strings) {
        return write(issue, edition, strings, false);
    }

    /** @param proof a proof (fuzzy translations printed): {@code issue/@proof="true"} and a {@code proof/@mark} for every page */
    public XdmNode write(Issue issue, Edition edition, InterfaceStrings strings, boolean proof) {
        return write(issue, edition, strings, proof, FigureFiles.ORIGINALS);
    }

    /** @param figures the prepared image file of each figure, per variant */
    public XdmNode write(Issue issue, Edition edition, InterfaceStrings strings, boolean proof, FigureFiles figures) {
        try {
            BuildingStreamWriter xml = processor.newDocumentBuilder().newBuildingStreamWriter();
            new Writer(xml, edition, strings, figures).issue(issue, proof);
            return xml.getDocumentNode();
        } catch (XMLStreamException | SaxonApiException e) {
            throw new IllegalStateException("cannot build the edition XML: " + e.getMessage(), e);
        }
    }

    private static final class Writer {
        private final XMLStreamWriter xml;
        private final Edition edition;
        private final InterfaceStrings strings;
        private final LocaleFormats formats;
        private final LocalTypography typography;
        private final FigureFiles figures;
        private final PageGeometry page;

        Writer(XMLStreamWriter xml, Edition edition, InterfaceStrings strings, FigureFiles figures) {
            this.xml = xml;
            this.figures = figures;
            this.page = PageGeometry.of(edition.paper());
            this.edition = edition;
            this.strings = strings;
            this.formats = new LocaleFormats(edition.locale());
            this.typography = new LocalTypography(edition.locale());
        }

        void issue(Issue issue, boolean proof) throws XMLStreamException {
            xml.writeStartDocument();
            xml.writeStartElement("issue");
            xml.writeNamespace(SourceAttribute.PREFIX, SourceAttribute.NAMESPACE);
            xml.writeAttribute("id", issue.id());
            xml.writeAttribute("edition", edition.id());
            xml.writeAttribute("lang", edition.languageTag());
            xml.writeAttribute("language", edition.locale().getLanguage());
            xml.writeAttribute("country", edition.locale().getCountry());
            if (proof) {
                xml.writeAttribute("proof", "true");
                xml.writeEmptyElement("proof");
                xml.writeAttribute("mark", strings.format("proof.mark"));
            }
            masthead(issue);
            for (Article article : issue.articles()) {
                article(article);
            }
            contact();
            xml.writeEndElement();
            xml.writeEndDocument();
        }

        private void masthead(Issue issue) throws XMLStreamException {
            String date = formats.longDate(issue.config().date());
            String price = formats.price(edition.price());
            xml.writeEmptyElement("masthead");
            xml.writeAttribute("title", strings.format("masthead.title"));
            xml.writeAttribute("subtitle", strings.format("masthead.subtitle"));
            xml.writeAttribute("number", strings.format("masthead.number", Map.of("number", issue.config().number())));
            xml.writeAttribute("date", formats.mastheadDate(issue.config().date()));
            xml.writeAttribute("edition", strings.format("masthead.edition", Map.of("edition", edition.name())));
            xml.writeAttribute("pages", strings.format("masthead.pages", Map.of("pages", edition.pages())));
            xml.writeAttribute("price", price == null ? strings.format("price.free") : price);
            xml.writeEmptyElement("footer");
            xml.writeAttribute("title", strings.format("masthead.title"));
            xml.writeAttribute("date", date);
            xml.writeAttribute("edition", edition.name());
            xml.writeAttribute("page", strings.format("footer.page", Map.of("page", PAGE_NUMBER)));
            xml.writeAttribute("number-format", formats.number(1));
        }

        private void article(Article article) throws XMLStreamException {
            xml.writeStartElement("article");
            xml.writeAttribute("id", article.id());
            xml.writeAttribute("role", article.role().id());
            source(SourcePosition.of(article.file(), 1));
            if (article.kicker().isPresent()) {
                xml.writeStartElement("kicker");
                source(article.kicker().get().position());
                inlines(upperCase(article.kicker().get().inlines()), article);
                xml.writeEndElement();
            }
            textElement("title", article.title(), article);
            if (article.standfirst().isPresent()) {
                textElement("standfirst", article.standfirst().get(), article);
            }
            if (article.author().isPresent()) {
                xml.writeStartElement("byline");
                xml.writeCharacters(article.author().get());
                xml.writeEndElement();
            }
            xml.writeStartElement("body");
            blocks(article.body(), article);
            xml.writeEndElement();
            if (!article.notes().isEmpty()) {
                xml.writeStartElement("notes");
                xml.writeAttribute("title", strings.format("notes.title"));
                for (Note note : article.notes()) {
                    xml.writeStartElement("note");
                    xml.writeAttribute("n", formats.number(note.number()));
                    source(note.position());
                    blocks(note.blocks(), article);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private void contact() throws XMLStreamException {
            xml.writeStartElement("contact");
            xml.writeAttribute("title", strings.format("contact.title"));
            for (String line : edition.contact()) {
                xml.writeStartElement("line");
                xml.writeCharacters(line);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private void blocks(List<Block> blocks, Article article) throws XMLStreamException {
            for (Block block : blocks) {
                block(block, article);
            }
        }

        private void block(Block block, Article article) throws XMLStreamException {
            if (block instanceof Block.Heading heading) {
                xml.writeStartElement("h");
                source(heading.position());
                xml.writeAttribute("level", String.valueOf(heading.level()));
                inlines(heading.text().inlines(), article);
                xml.writeEndElement();
            } else if (block instanceof Block.Paragraph paragraph) {
                textElement("p", paragraph.text(), article);
            } else if (block instanceof Block.BlockQuote quote) {
                xml.writeStartElement("quote");
                source(quote.position());
                blocks(quote.blocks(), article);
                xml.writeEndElement();
            } else if (block instanceof Block.ListBlock list) {
                xml.writeStartElement("list");
                xml.writeAttribute("ordered", String.valueOf(list.ordered()));
                source(list.position());
                int number = 1;
                for (Block.ListItem item : list.items()) {
                    xml.writeStartElement("item");
                    xml.writeAttribute("label", list.ordered() ? formats.number(number++) + "." : "•");
                    blocks(item.blocks(), article);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            } else if (block instanceof Block.Table table) {
                xml.writeStartElement("table");
                source(table.position());
                for (Block.TableRow row : table.rows()) {
                    xml.writeStartElement("row");
                    xml.writeAttribute("header", String.valueOf(row.header()));
                    for (InlineText cell : row.cells()) {
                        textElement("cell", cell, article);
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            } else if (block instanceof Block.PullQuote pull) {
                textElement("pullquote", pull.text(), article);
            } else if (block instanceof Block.Sidebar sidebar) {
                xml.writeStartElement("sidebar");
                source(sidebar.position());
                if (sidebar.title().isPresent()) {
                    textElement("title", sidebar.title().get(), article);
                }
                blocks(sidebar.blocks(), article);
                xml.writeEndElement();
            } else if (block instanceof Block.Figure figure) {
                FigureSizing.PlacedSize size = FigureSizing.of(figure.width(), figure.image(), page);
                xml.writeStartElement("figure");
                xml.writeAttribute("src", figures.printUri(figure));
                xml.writeAttribute("screen-src", figures.screenUri(figure));
                xml.writeAttribute("width", figure.width().toString());
                xml.writeAttribute("width-mm", millimetres(size.widthMm()));
                if (size.heightMm() > 0) {
                    xml.writeAttribute("height-mm", millimetres(size.heightMm()));
                }
                source(figure.position());
                textElement("alt", figure.alt(), article);
                if (figure.caption().isPresent()) {
                    textElement("caption", figure.caption().get(), article);
                }
                if (figure.credit().isPresent()) {
                    textElement("credit", figure.credit().get(), article);
                }
                xml.writeEndElement();
            } else if (block instanceof Block.ThematicBreak) {
                xml.writeEmptyElement("break");
                source(block.position());
            } else {
                throw new IllegalStateException("no XML for " + block.getClass().getSimpleName());
            }
        }

        private static String millimetres(double mm) {
            return String.format(java.util.Locale.ROOT, "%.2f", mm);
        }

        private void textElement(String name, InlineText text, Article article) throws XMLStreamException {
            xml.writeStartElement(name);
            source(text.position());
            inlines(text.inlines(), article);
            xml.writeEndElement();
        }

        /** Where the element being written comes from (see {@link SourceAttribute}). */
        private void source(SourcePosition position) throws XMLStreamException {
            xml.writeAttribute(SourceAttribute.PREFIX, SourceAttribute.NAMESPACE, SourceAttribute.LOCAL_NAME,
                    SourceAttribute.format(position));
        }

        private void inlines(List<Inline> inlines, Article article) throws XMLStreamException {
            for (Inline inline : inlines) {
                inline(inline, article);
            }
        }

        private void inline(Inline inline, Article article) throws XMLStreamException {
            if (inline instanceof Inline.Text text) {
                xml.writeCharacters(text.text());
            } else if (inline instanceof Inline.Emphasis e) {
                wrap("em", e.children(), article);
            } else if (inline instanceof Inline.Strong s) {
                wrap("strong", s.children(), article);
            } else if (inline instanceof Inline.Shifted s) {
                wrap(s.shift() == Inline.Shift.SUPERSCRIPT ? "sup" : "sub", s.children(), article);
            } else if (inline instanceof Inline.Code c) {
                xml.writeStartElement("code");
                xml.writeCharacters(c.text());
                xml.writeEndElement();
            } else if (inline instanceof Inline.Link l) {
                xml.writeStartElement("link");
                xml.writeAttribute("href", l.target());
                inlines(l.children(), article);
                xml.writeEndElement();
            } else if (inline instanceof Inline.NoteRef ref) {
                xml.writeEmptyElement("note-ref");
                xml.writeAttribute("n", formats.number(article.noteNumber(ref.label())));
            } else if (inline instanceof Inline.LineBreak) {
                xml.writeEmptyElement("br");
            } else if (inline instanceof Inline.Quoted q) {
                String[] marks = typography.quotationMarks(0);
                xml.writeCharacters(marks[0]);
                inlines(q.children(), article);
                xml.writeCharacters(marks[1]);
            }
        }

        private void wrap(String name, List<Inline> children, Article article) throws XMLStreamException {
            xml.writeStartElement(name);
            inlines(children, article);
            xml.writeEndElement();
        }

        private List<Inline> upperCase(List<Inline> inlines) {
            return inlines.stream().map(i -> i instanceof Inline.Text t ? (Inline) new Inline.Text(typography.upperCase(t.text())) : i).toList();
        }
    }
}
