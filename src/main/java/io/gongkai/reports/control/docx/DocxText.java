package io.gongkai.reports.control.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a Word (.docx) document as text in the layout the text importer reads (see {@link
 * BodyText}), refusing what is not a readable .docx with an {@link UnreadableDocx} that says why.
 * Zip bombs are caught by POI's {@link ZipSecureFile} limits (inflation ratio, entry size, file
 * count), left at their defaults.
 */
public final class DocxText {

  private DocxText() {}

  /**
   * The document's body as text.
   *
   * @throws UnreadableDocx if the bytes are not a readable Word document
   */
  public static String read(byte[] docx) {
    if (docx == null || docx.length == 0) {
      throw new UnreadableDocx("empty");
    }
    FileMagic magic = magic(docx);
    if (magic == FileMagic.OLE2) {
      throw oldOrEncrypted(docx);
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableDocx("not-docx");
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return BodyText.of(document.getBodyElements());
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private static FileMagic magic(byte[] docx) {
    try {
      return FileMagic.valueOf(docx);
    } catch (RuntimeException e) {
      return FileMagic.UNKNOWN;
    }
  }

  /** An OLE2 file: a password-protected .docx (its package encrypted inside) or an old .doc. */
  private static UnreadableDocx oldOrEncrypted(byte[] docx) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(docx))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return new UnreadableDocx("password");
      }
      if (root.hasEntry("WordDocument")) {
        return new UnreadableDocx("old-doc");
      }
      return new UnreadableDocx("other-office");
    } catch (IOException | RuntimeException e) {
      return new UnreadableDocx("damaged", e);
    }
  }

  private static UnreadableDocx unreadable(Exception e) {
    if (e instanceof UnreadableDocx u) {
      return u;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb") || message.contains("ZipSecureFile")) {
        return new UnreadableDocx("zip-bomb", e);
      }
    }
    if (e instanceof NotOfficeXmlFileException) {
      return new UnreadableDocx("zip-not-docx", e);
    }
    return new UnreadableDocx("unreadable", e);
  }
}
