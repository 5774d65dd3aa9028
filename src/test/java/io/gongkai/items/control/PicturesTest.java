package io.gongkai.items.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gongkai.platform.Problem;
import io.gongkai.testing.TestPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PicturesTest {

  private static final long LIMIT = 40_000_000L;

  @Test
  void anOpaquePictureIsCopiedAsJpegToEachNarrowerWidth() throws IOException {
    Pictures.Picture p = Pictures.make(TestPictures.png(1000, 600, false), "image/png", LIMIT);

    assertThat(p.width()).isEqualTo(1000);
    assertThat(p.height()).isEqualTo(600);
    assertThat(p.copies()).extracting(Pictures.Copy::width).containsExactly(320, 640);
    assertThat(p.copies()).extracting(Pictures.Copy::contentType).containsOnly("image/jpeg");
    BufferedImage copy = ImageIO.read(new ByteArrayInputStream(p.copies().get(1).bytes()));
    assertThat(copy.getWidth()).isEqualTo(640);
    assertThat(copy.getHeight()).isEqualTo(384);
  }

  @Test
  void aTransparentPictureKeepsItsTransparencyInPng() throws IOException {
    Pictures.Picture p = Pictures.make(TestPictures.png(700, 400, true), "image/png", LIMIT);

    assertThat(p.copies()).extracting(Pictures.Copy::contentType).containsOnly("image/png");
    BufferedImage copy = ImageIO.read(new ByteArrayInputStream(p.copies().get(0).bytes()));
    assertThat(copy.getColorModel().hasAlpha()).isTrue();
  }

  @Test
  void aPictureNarrowerThanEveryWidthHasNoCopyAndIsNeverEnlarged() {
    Pictures.Picture p = Pictures.make(TestPictures.gif(300, 200), "image/gif", LIMIT);

    assertThat(p.copies()).isEmpty();
    assertThat(Pictures.copyWidths(300)).isEmpty();
    assertThat(Pictures.copyWidths(4000)).containsExactly(320, 640, 1280, 1920);
  }

  @Test
  void webpIsReadWithTwelveMonkeys() throws IOException {
    Pictures.Picture p = Pictures.make(TestPictures.webp(), "image/webp", LIMIT);

    assertThat(p.width()).isEqualTo(480);
    assertThat(p.height()).isEqualTo(320);
    assertThat(p.copies()).extracting(Pictures.Copy::width).containsExactly(320);
  }

  @Test
  void aPictureOfMorePixelsThanAllowedIsRefusedFromItsHeader() {
    byte[] bomb = TestPictures.pngHeaderOnly(20_000, 20_000);

    Problem refused =
        catchThrowableOfType(Problem.class, () -> Pictures.make(bomb, "image/png", LIMIT));

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.type()).endsWith("/image-too-large");
  }

  @Test
  void aFileThatIsNoReadablePictureIsRefused() {
    byte[] broken = new byte[100];
    System.arraycopy(TestPictures.png(10, 10, false), 0, broken, 0, 30);

    Problem refused =
        catchThrowableOfType(Problem.class, () -> Pictures.make(broken, "image/png", LIMIT));

    assertThat(refused.status()).isEqualTo(400);
  }
}
