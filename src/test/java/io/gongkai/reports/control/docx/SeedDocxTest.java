package io.gongkai.reports.control.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.control.importing.ReportTextParser;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** The seed report, imported from its text, exported to Word and imported again, is unchanged. */
class SeedDocxTest {

  @Test
  void seedSurvivesWordAndBack() throws IOException {
    ReportTextParser parser = new ReportTextParser();
    ImportResult seed = parser.parse(resource("/reports/jurong-jgfwzx-2019.txt"));
    Map<String, String> sections = seed.sections();
    ReportContent content =
        new ReportContent(
            paragraphs(sections.get("overview")),
            paragraphs(sections.get("problems")),
            paragraphs(sections.get("other")),
            seed.tables().values());

    byte[] docx =
        ReportDocx.write("句容市机关服务中心2019年政府信息公开工作年度报告", ReportFormats.FORMAT_2019, content);
    ImportResult again = parser.parse(DocxText.read(docx));

    assertThat(again.year()).isEqualTo(2019);
    assertThat(again.format()).isEqualTo("2019");
    assertThat(again.tables().values()).isEqualTo(seed.tables().values());
    DocxRoundTripTest.assertSameCells(ReportFormats.FORMAT_2019, seed.tables(), again.tables());
    // The importer cuts a section at the title of the next heading, so the seed's overview ends
    // with that heading's numbering "二、"; compare the paragraphs, not the whole string.
    for (String key : new String[] {"overview", "problems", "other"}) {
      assertThat(again.sections().get(key)).as(key).contains(sections.get(key).split("\n"));
    }
  }

  private static String paragraphs(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n")) {
      b.append("<p>").append(Entities.escape(line)).append("</p>");
    }
    return b.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SeedDocxTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
