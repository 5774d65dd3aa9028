package io.gongkai.platform;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An Atom feed (RFC 4287) of a channel's newest public entries, whatever their kind. */
public final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  /** The media type feeds are served as. */
  public static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";

  private static final String MEDIA_TYPE_PLAIN = "application/atom+xml";

  private AtomFeed() {}

  /** A category of an entry: the channel's code as term, its name as label. */
  public record Category(String term, String label) {}

  /**
   * One entry: a stable URN, the title, its public page ({@code html}) and its JSON ({@code json}),
   * dates, a plain-text summary and its categories (channels).
   */
  public record Entry(
      String id,
      String title,
      String html,
      String json,
      Instant published,
      Instant updated,
      String summary,
      List<Category> categories) {}

  /**
   * The feed's identity: its URN, title, author, last change (when it has no entry), its own
   * address ({@code self}) and the public page it follows ({@code html}).
   */
  public record Head(
      String id, String title, String author, Instant updatedWhenEmpty, String self, String html) {}

  public static String write(Head head, List<Entry> entries) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", head.id());
      element(x, "title", head.title());
      link(x, "self", MEDIA_TYPE_PLAIN, head.self());
      link(x, "alternate", "text/html", head.html());
      Instant updated =
          entries.stream()
              .map(Entry::updated)
              .max(Instant::compareTo)
              .orElse(head.updatedWhenEmpty());
      element(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
      x.writeStartElement("author");
      element(x, "name", head.author());
      x.writeEndElement();
      for (Entry e : entries) {
        x.writeStartElement("entry");
        element(x, "id", e.id());
        element(x, "title", e.title());
        link(x, "alternate", "text/html", e.html());
        link(x, "alternate", "application/json", e.json());
        element(x, "published", DateTimeFormatter.ISO_INSTANT.format(e.published()));
        element(x, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
        element(x, "summary", e.summary());
        for (Category c : e.categories()) {
          x.writeEmptyElement("category");
          x.writeAttribute("term", c.term());
          x.writeAttribute("label", c.label());
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void link(XMLStreamWriter x, String rel, String type, String href)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }
}
