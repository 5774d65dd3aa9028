package io.gongkai.reports.control;

import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Genre;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.Validity;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.reports.entity.ReportFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Figures Gongkai can propose for a report from the items it holds: the 总体情况 statistics (published
 * items per channel in the year, in the seed report's sentence shape) and, for the 2021 format,
 * table 二's rows 规章 and 行政规范性文件 (issued, repealed, in force at year end, from genre, 成文日期 and
 * validity), and whatever another feature proposes ({@link CellSource}: the register of requests
 * fills tables 三 and 四). Proposals only: the office accepts or overrides each.
 */
@ApplicationScoped
public class DerivedFigures {

  /** Items published per channel, and the sentence that quotes them. */
  public record Overview(int total, Map<String, Integer> byChannel, String sentence) {}

  /** All proposals for one report: cell path (table.row.column) → value, and the overview. */
  public record Proposal(Overview overview, Map<String, BigDecimal> cells) {}

  @Inject ItemQueries items;
  @Inject @Any Instance<CellSource> sources;

  public Proposal propose(EntityManager em, Organisation org, int year, String formatId) {
    List<Item> published = items.visiblePublishedItemsIn(em, org.id(), year);
    Map<String, Integer> byChannel =
        published.stream()
            .collect(
                Collectors.groupingBy(
                    i -> i.primaryChannel().name(),
                    LinkedHashMap::new,
                    Collectors.summingInt(i -> 1)));
    Overview overview =
        new Overview(published.size(), byChannel, sentence(year, published.size(), byChannel));
    Map<String, BigDecimal> cells = new LinkedHashMap<>();
    if (formatId.equals("2021")) {
      List<Item> documents = items.visibleItemsOfOrganisation(em, org.id());
      documentRow(cells, "regulations", Genre.RULES, documents, year);
      documentRow(cells, "normativeDocuments", Genre.NORMATIVE_DOCUMENT, documents, year);
    }
    ReportFormats.forYear(year)
        .filter(f -> f.id().equals(formatId))
        .ifPresent(f -> sources.forEach(s -> cells.putAll(s.propose(em, org.id(), year, f))));
    return new Proposal(overview, cells);
  }

  static String sentence(int year, int total, Map<String, Integer> byChannel) {
    String parts =
        byChannel.entrySet().stream()
            .map(e -> e.getKey() + e.getValue() + "条")
            .collect(Collectors.joining("，"));
    return year + "年主动公开政府信息" + total + "条" + (parts.isEmpty() ? "" : "，其中" + parts) + "。";
  }

  private static void documentRow(
      Map<String, BigDecimal> cells, String row, Genre genre, List<Item> all, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    List<Item> ofGenre = all.stream().filter(i -> i.genre() == genre).toList();
    long issued = ofGenre.stream().filter(i -> issuedOn(i).getYear() == year).count();
    long repealed =
        ofGenre.stream()
            .filter(
                i ->
                    i.validity() != Validity.VALID
                        && i.invalidSince() != null
                        && i.invalidSince().getYear() == year)
            .count();
    long inForce =
        ofGenre.stream()
            .filter(i -> !issuedOn(i).isAfter(end))
            .filter(
                i ->
                    i.validity() == Validity.VALID
                        || (i.invalidSince() != null && i.invalidSince().isAfter(end)))
            .count();
    cells.put("proactive." + row + ".issuedThisYear", BigDecimal.valueOf(issued));
    cells.put("proactive." + row + ".repealedThisYear", BigDecimal.valueOf(repealed));
    cells.put("proactive." + row + ".inForce", BigDecimal.valueOf(inForce));
  }

  /** 成文日期 when given, else the publication date. */
  private static LocalDate issuedOn(Item i) {
    return i.writtenOn() != null
        ? i.writtenOn()
        : i.publishedAt().atZone(ItemQueries.CHINA).toLocalDate();
  }
}
