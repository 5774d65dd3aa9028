package io.gongkai.items.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.items.control.TestFiles.Protection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttachmentTextTest {

  /** Stands in for the container's managed executor. */
  static final ExecutorService PARSERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "attachment-text-test");
            t.setDaemon(true);
            return t;
          });

  private static final String PDF = "application/pdf";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String XLS = "application/vnd.ms-excel";
  private static final String TITLE = "句容市机关服务中心 政府信息公开";
  private static final String LINE = "关于2025年度政府信息公开工作年度报告的说明";

  private final AttachmentText text =
      new AttachmentText(new AttachmentText.Limits(200_000, Duration.ofSeconds(20)), PARSERS);

  @Nested
  class ReadsTheChineseTextOf {

    @Test
    void aPdf() throws Exception {
      byte[] pdf = TestFiles.pdf(Protection.NONE, TITLE, LINE);

      assertThat(text.extract("附件", PDF, pdf))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE, LINE));
    }

    @Test
    void aPdfThatOnlyForbidsCopyingWithAnOwnerPassword() throws Exception {
      byte[] pdf = TestFiles.pdf(Protection.OWNER_PASSWORD_ONLY, TITLE);

      assertThat(text.extract("附件", PDF, pdf))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE));
    }

    @Test
    void aWordDocument() throws Exception {
      byte[] docx = TestFiles.docx(TITLE, LINE);

      assertThat(text.extract("附件", DOCX, docx))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE, LINE));
    }

    @Test
    void anExcelWorkbook() throws Exception {
      byte[] xlsx = TestFiles.xlsx(TITLE, LINE);

      assertThat(text.extract("附件", XLSX, xlsx))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE, LINE));
    }

    @Test
    void anOldExcelWorkbook() throws Exception {
      byte[] xls = TestFiles.xls(TITLE, LINE);

      assertThat(text.extract("附件", XLS, xls))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE, LINE));
    }

    @Test
    void plainTextAndHtml() {
      byte[] plain = (TITLE + "\n" + LINE).getBytes(StandardCharsets.UTF_8);
      byte[] html =
          ("<html><head><meta charset=\"utf-8\"><title>标题</title><script>var x = 1;</script>"
                  + "</head><body><h1>"
                  + TITLE
                  + "</h1><p>"
                  + LINE
                  + "</p></body></html>")
              .getBytes(StandardCharsets.UTF_8);

      assertThat(text.extract("附件", "text/plain", plain))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE, LINE));
      assertThat(text.extract("附件", "text/html", html))
          .hasValueSatisfying(t -> assertThat(t).contains(TITLE, LINE).doesNotContain("var x"));
    }
  }

  @Nested
  class HasNoTextWithoutFailing {

    @Test
    void forAPdfThatNeedsAPasswordToOpen() throws Exception {
      byte[] pdf = TestFiles.pdf(Protection.USER_PASSWORD, TITLE);

      assertThat(text.extract("附件", PDF, pdf)).isEmpty();
    }

    @Test
    void forDamagedFiles() throws Exception {
      byte[] docx = TestFiles.docx(TITLE);
      byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
      byte[] garbage = "%PDF-1.7\n这不是PDF".getBytes(StandardCharsets.UTF_8);

      assertThat(text.extract("附件", DOCX, truncated)).isEmpty();
      assertThat(text.extract("附件", PDF, garbage)).isEmpty();
      assertThat(text.extract("附件", XLS, new byte[] {1, 2, 3})).isEmpty();
    }

    @Test
    void forAZipBomb() throws Exception {
      byte[] bomb = TestFiles.zipBomb();

      assertThat(text.extract("附件", DOCX, bomb)).isEmpty();
      assertThat(ZipSecureFile.getMinInflateRatio())
          .as("POI's zip-bomb check stays on for the rest of the application")
          .isGreaterThan(0);
    }

    @Test
    void forImages() {
      assertThat(text.reads("image/png")).isFalse();
      assertThat(text.extract("附件", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
          .isEmpty();
    }

    @Test
    void whenTheTimeIsUp() throws Exception {
      AttachmentText noTime =
          new AttachmentText(new AttachmentText.Limits(200_000, Duration.ZERO), PARSERS);

      assertThat(noTime.extract("附件", DOCX, TestFiles.docx(TITLE))).isEmpty();
    }
  }

  @Nested
  class KeepsAtMostTheConfiguredNumberOfCharacters {

    @Test
    void fromTheStartOfTheDocument() throws Exception {
      AttachmentText bounded =
          new AttachmentText(new AttachmentText.Limits(30, Duration.ofSeconds(20)), PARSERS);
      String[] paragraphs = new String[500];
      Arrays.fill(paragraphs, LINE);
      paragraphs[0] = TITLE;

      var extracted = bounded.extract("附件", DOCX, TestFiles.docx(paragraphs));

      assertThat(extracted)
          .hasValueSatisfying(t -> assertThat(t).hasSizeLessThanOrEqualTo(30).startsWith(TITLE));
    }

    @Test
    void noneWhenTheBoundIsZero() throws Exception {
      AttachmentText none =
          new AttachmentText(new AttachmentText.Limits(0, Duration.ofSeconds(20)), PARSERS);

      assertThat(none.extract("附件", DOCX, TestFiles.docx(TITLE))).isEmpty();
    }
  }
}
