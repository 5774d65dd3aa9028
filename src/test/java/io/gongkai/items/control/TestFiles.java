package io.gongkai.items.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files made in the test, with Chinese text, as agencies upload them. */
public final class TestFiles {

  private TestFiles() {}

  /** Who may open a PDF. */
  enum Protection {
    NONE,
    OWNER_PASSWORD_ONLY,
    USER_PASSWORD
  }

  /**
   * A PDF showing each line with the standard Chinese font STSong-Light (not embedded, as Chinese
   * PDFs often do), so no font file is needed: the codes are UCS-2 through the predefined CMap
   * UniGB-UCS2-H, which readers map back to Unicode.
   */
  public static byte[] pdf(Protection protection, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), chineseFont());
      PDResources resources = new PDResources();
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      PDStream content = new PDStream(doc);
      try (OutputStream out = content.createOutputStream()) {
        StringBuilder ops = new StringBuilder("BT /F1 14 Tf 72 720 Td 20 TL\n");
        for (String line : lines) {
          ops.append('<').append(ucs2(line)).append("> Tj T*\n");
        }
        out.write(ops.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(content);
      if (protection != Protection.NONE) {
        String user = protection == Protection.USER_PASSWORD ? "user-secret" : "";
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", user, permissions);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static COSDictionary chineseFont() {
    COSDictionary system = new COSDictionary();
    system.setString(COSName.REGISTRY, "Adobe");
    system.setString(COSName.ORDERING, "GB1");
    system.setInt(COSName.SUPPLEMENT, 2);
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, numbers(-25, -254, 1000, 880));
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);
    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
    cidFont.setName(COSName.BASE_FONT, "STSong-Light");
    cidFont.setItem(COSName.CIDSYSTEMINFO, system);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
  }

  private static COSArray numbers(int... values) {
    COSArray array = new COSArray();
    for (int v : values) {
      array.add(org.apache.pdfbox.cos.COSInteger.get(v));
    }
    return array;
  }

  private static String ucs2(String text) {
    StringBuilder hex = new StringBuilder();
    text.chars().forEach(c -> hex.append(String.format("%04X", c)));
    return hex.toString();
  }

  public static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.write(bytes);
      return bytes.toByteArray();
    }
  }

  /** A .docx whose document part unpacks from a few kilobytes to 20 MB. */
  static byte[] zipBomb() throws IOException {
    byte[] huge = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                  + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                  + "\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(huge);
    }
    return bytes.toByteArray();
  }

  public static byte[] xlsx(String... cells) throws IOException {
    return workbook(new XSSFWorkbook(), cells);
  }

  static byte[] xls(String... cells) throws IOException {
    return workbook(new HSSFWorkbook(), cells);
  }

  private static byte[] workbook(Workbook workbook, String... cells) throws IOException {
    try (workbook) {
      var sheet = workbook.createSheet("公开目录");
      for (int i = 0; i < cells.length; i++) {
        sheet.createRow(i).createCell(0).setCellValue(cells[i]);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}
