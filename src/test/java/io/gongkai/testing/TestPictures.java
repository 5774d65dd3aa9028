package io.gongkai.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Pictures for tests, drawn with Java2D and written by ImageIO (PNG, JPEG, GIF); WebP, which the
 * JDK cannot write, from a small fixture made with cwebp (see {@code src/test/resources/pictures}).
 */
public final class TestPictures {

  private TestPictures() {}

  public static byte[] png(int width, int height, boolean transparent) {
    BufferedImage image =
        new BufferedImage(
            width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    paint(image, transparent ? new Color(0, 120, 200, 128) : new Color(0, 120, 200));
    return write(image, "png");
  }

  public static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    paint(image, new Color(180, 30, 40));
    return write(image, "jpg");
  }

  public static byte[] gif(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
    paint(image, Color.ORANGE);
    return write(image, "gif");
  }

  public static byte[] webp() throws IOException {
    try (InputStream in =
        TestPictures.class.getResourceAsStream("/pictures/gradient-480x320.webp")) {
      return in.readAllBytes();
    }
  }

  private static void paint(BufferedImage image, Color colour) {
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, colour, image.getWidth(), image.getHeight(), Color.WHITE));
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.dispose();
  }

  private static byte[] write(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(ImageIO.write(image, format, out)).isTrue();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PNG that claims {@code width} × {@code height} pixels of RGBA but holds a few compressed
   * rows: decoding it would need gigabytes, reading its header a few bytes.
   */
  public static byte[] pngHeaderOnly(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[1_000_000]);
    deflater.finish();
    byte[] buffer = new byte[100_000];
    int n = deflater.deflate(buffer);
    chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
