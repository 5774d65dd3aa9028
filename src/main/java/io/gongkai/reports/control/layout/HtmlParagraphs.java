package io.gongkai.reports.control.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The sanitised HTML of a text section as plain paragraphs: one per {@code <p>}, {@code <li>},
 * heading or other block, and one per line broken by {@code <br>}; text without any tags is split
 * at its line ends. No tags survive; entities are decoded; empty paragraphs are dropped.
 */
public final class HtmlParagraphs implements NodeVisitor {

  private static final Set<String> BLOCKS =
      Set.of(
          "p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd div blockquote pre table tr td th section article"
              .concat(" header footer br hr")
              .split(" "));

  private final List<String> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  private HtmlParagraphs() {}

  public static List<String> of(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    HtmlParagraphs paragraphs = new HtmlParagraphs();
    if (body.children().isEmpty()) {
      for (String text : body.wholeText().split("\\R")) {
        paragraphs.add(text);
      }
    } else {
      NodeTraversor.traverse(paragraphs, body);
      paragraphs.flush();
    }
    return paragraphs.lines;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      line.append(text.getWholeText());
    } else if (isBlock(node)) {
      flush();
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (isBlock(node)) {
      flush();
    }
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element e && BLOCKS.contains(e.normalName());
  }

  private void flush() {
    add(line.toString());
    line.setLength(0);
  }

  /** Collapses HTML whitespace as a browser does; keeps ideographic spaces inside the text. */
  private void add(String text) {
    String collapsed = text.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    if (!collapsed.isEmpty()) {
      lines.add(collapsed);
    }
  }
}
