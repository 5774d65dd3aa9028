package io.gongkai.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo's picture news, drawn with Java2D when the demo is loaded (no photograph is
 * shipped): a sky, a row of office buildings with lit windows, trees and a lawn, varied by a seed.
 * No text is drawn, so no font is needed; the alternative text says what is drawn.
 */
final class DemoPictures {

  /** A drawn picture: JPEG bytes and the alternative text that describes it. */
  record Picture(byte[] jpeg, String alt) {}

  private record Sky(Color top, Color bottom, String words) {}

  private static final List<Sky> SKIES =
      List.of(
          new Sky(new Color(64, 132, 214), new Color(188, 222, 250), "晴空下"),
          new Sky(new Color(236, 126, 62), new Color(250, 212, 150), "黄昏时"),
          new Sky(new Color(120, 138, 160), new Color(210, 218, 226), "阴天里"),
          new Sky(new Color(28, 44, 96), new Color(92, 118, 178), "夜色中"));

  private DemoPictures() {}

  static Picture draw(long seed) {
    Random random = new Random(seed);
    Sky sky = SKIES.get(random.nextInt(SKIES.size()));
    int width = 1600;
    int height = 900;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, sky.top(), 0, height * 0.7f, sky.bottom()));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(92, 150, 70));
    g.fillRect(0, (int) (height * 0.78), width, height);
    int buildings = 4 + random.nextInt(4);
    for (int i = 0; i < buildings; i++) {
      building(g, random, i * width / buildings + 10, width / buildings - 30, height);
    }
    int trees = 6 + random.nextInt(6);
    for (int i = 0; i < trees; i++) {
      int x = random.nextInt(width);
      g.setColor(new Color(34, 100 + random.nextInt(60), 50));
      g.fillOval(x - 45, (int) (height * 0.66), 90, 120);
      g.setColor(new Color(96, 64, 40));
      g.fillRect(x - 8, (int) (height * 0.78), 16, 40);
    }
    g.dispose();
    return new Picture(
        jpeg(image), "演示配图（程序绘制）：" + sky.words() + "的" + buildings + "栋办公楼，楼前有树木和草坪");
  }

  private static void building(Graphics2D g, Random random, int x, int w, int height) {
    int top = (int) (height * (0.25 + random.nextDouble() * 0.3));
    int grey = 150 + random.nextInt(70);
    g.setColor(new Color(grey, grey, grey + 10));
    g.fillRect(x, top, w, (int) (height * 0.8) - top);
    g.setColor(new Color(250, 236, 160));
    for (int y = top + 20; y < height * 0.76 - 30; y += 46) {
      for (int wx = x + 14; wx < x + w - 30; wx += 40) {
        if (random.nextInt(3) > 0) {
          g.fillRect(wx, y, 22, 28);
        }
      }
    }
  }

  private static byte[] jpeg(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
