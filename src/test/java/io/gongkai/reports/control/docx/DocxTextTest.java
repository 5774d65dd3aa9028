package io.gongkai.reports.control.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.platform.Messages;
import io.gongkai.reports.ReportCells;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** {@link DocxText}: the text layout it emits, and the bad files it refuses. */
class DocxTextTest {

  @Test
  void paragraphsAndMergedCellsInTheImportersLayout() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("  标题  ");
      WordTable w = new WordTable(doc, 3);
      w.row().restart("甲", 1).cell("乙", 2);
      w.row().continued(1).cell("", 1).cell("3", 1);
      doc.createParagraph().createRun().setText("   ");
      doc.createParagraph().createRun().setText("结尾");
      assertThat(DocxText.read(bytes(doc)))
          .isEqualTo("标题\n" + "\t甲\n\t乙\n\n" + "\t\n\t3\n\n" + "\n" + "结尾\n");
    }
  }

  @Test
  void garbageAndEmptyInputAreRefused() {
    assertRefused(null, "empty");
    assertRefused(new byte[0], "empty");
    assertRefused(new byte[] {1}, "not-docx");
    assertRefused("这不是Word文件".getBytes(StandardCharsets.UTF_8), "not-docx");
    byte[] pkLike = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 64);
    assertRefused(pkLike, NOT_A_WORD_DOCUMENT);
  }

  @Test
  void aZipThatIsNotADocxIsRefused() throws IOException {
    assertRefused(zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8)), NOT_A_WORD_DOCUMENT);
  }

  @Test
  void aSpreadsheetIsRefused() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("表").createRow(0).createCell(0).setCellValue(1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      assertRefused(out.toByteArray(), NOT_A_WORD_DOCUMENT);
    }
  }

  @Test
  void aTruncatedDocxIsRefused() throws IOException {
    ReportFormat format = ReportFormats.FORMAT_2021;
    byte[] docx = ReportDocx.write("标题", format, ReportCells.filled(format));
    assertRefused(Arrays.copyOf(docx, docx.length / 2), NOT_A_WORD_DOCUMENT);
    assertRefused(Arrays.copyOf(docx, 100), NOT_A_WORD_DOCUMENT);
  }

  @Test
  void anEncryptedDocumentIsRefusedAsPasswordProtected() throws Exception {
    POIFSFileSystem fs = new POIFSFileSystem();
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream os = encryptor.getDataStream(fs)) {
      doc.createParagraph().createRun().setText("机密");
      doc.write(os);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    fs.close();
    assertRefused(out.toByteArray(), "password");
  }

  @Test
  void anOldWordDocumentIsRefusedWithAHint() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[16]), "WordDocument");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      assertRefused(out.toByteArray(), "old-doc");
    }
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    byte[] huge = new byte[20 * 1024 * 1024];
    Arrays.fill(huge, (byte) ' ');
    assertRefused(zip("word/document.xml", huge), "zip-bomb");
  }

  /** The reasons that say "damaged or not a Word document" in one way or another. */
  private static final String[] NOT_A_WORD_DOCUMENT = {
    "not-docx", "zip-not-docx", "other-office", "damaged", "unreadable"
  };

  /** Refused for one of {@code reasons}, each with words for the uploader in both languages. */
  private static void assertRefused(byte[] input, String... reasons) {
    assertThatThrownBy(() -> DocxText.read(input))
        .isExactlyInstanceOf(UnreadableDocx.class)
        .satisfies(
            e -> {
              String reason = ((UnreadableDocx) e).reason();
              assertThat(reason).isIn((Object[]) reasons);
              assertThat(Messages.has("reports.docx." + reason)).as(reason).isTrue();
            });
  }

  private static byte[] bytes(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"/>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
