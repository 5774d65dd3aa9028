package io.gongkai.items.control;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import io.gongkai.platform.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

/**
 * Image attachments: measured from their header before anything is decoded (an image of more pixels
 * than allowed is refused, so a small file claiming a huge picture never fills the heap), then
 * decoded once — subsampled when far larger than the widest copy — turned upright by its EXIF
 * orientation, and scaled down (Thumbnailator, several bilinear steps) to each of {@link #WIDTHS}
 * narrower than the picture: JPEG, or PNG when the picture has transparency. Never upscaled. An
 * animated GIF's copies show its first frame.
 */
public final class Pictures {

  /** The widths of the smaller copies, in pixels. */
  public static final List<Integer> WIDTHS = List.of(320, 640, 1280, 1920);

  /** Types that are measured and copied; WebP is read with TwelveMonkeys' reader. */
  public static final Set<String> TYPES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private static final float JPEG_QUALITY = 0.85f;
  private static final WebPImageReaderSpi WEBP = new WebPImageReaderSpi();

  private Pictures() {}

  /** A smaller copy as made. */
  public record Copy(int width, int height, String contentType, byte[] bytes) {}

  /** A picture's displayed size and its smaller copies, narrowest first. */
  public record Picture(int width, int height, List<Copy> copies) {}

  public static boolean isPicture(String contentType) {
    return TYPES.contains(contentType);
  }

  /** Widths of the copies a picture {@code width} pixels wide has. */
  public static List<Integer> copyWidths(int width) {
    return WIDTHS.stream().filter(w -> w < width).toList();
  }

  /** Whether the original itself belongs in a srcset: only when it is not huge. */
  public static boolean originalInSrcset(int width) {
    return width <= WIDTHS.get(WIDTHS.size() - 1);
  }

  /** Measures, checks and copies an image; a refusal is a problem naming the file. */
  public static Picture make(byte[] bytes, String contentType, long maxPixels) {
    ImageReader reader = readerFor(contentType);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, false);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if ((long) width * height > maxPixels) {
        throw new Problem(
            413, "image-too-large", "items.image-too-large", width, height, maxPixels / 1_000_000);
      }
      Orientation orientation = orientation(reader, contentType);
      BufferedImage image = decode(reader, Math.max(width, height));
      if (orientation != null && orientation != Orientation.TOP_LEFT) {
        image = ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
      }
      boolean turned = image.getWidth() > image.getHeight() != width > height;
      int shownWidth = turned ? height : width;
      int shownHeight = turned ? width : height;
      return new Picture(shownWidth, shownHeight, copies(image, shownWidth));
    } catch (IOException | RuntimeException e) {
      if (e instanceof Problem p) {
        throw p;
      }
      throw new Problem.Invalid("file", "items.image-unreadable");
    } finally {
      reader.dispose();
    }
  }

  private static ImageReader readerFor(String contentType) {
    if ("image/webp".equals(contentType)) {
      return WEBP.createReaderInstance(null);
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
    if (!readers.hasNext()) {
      throw new Problem.Invalid("file", "items.image-unreadable");
    }
    return readers.next();
  }

  private static Orientation orientation(ImageReader reader, String contentType) {
    if (!"image/jpeg".equals(contentType)) {
      return null;
    }
    try {
      return ExifUtils.getExifOrientation(reader, 0);
    } catch (IOException | RuntimeException unreadableExif) {
      return null; // shown as stored
    }
  }

  /** Decodes, reading every n-th pixel when the picture is more than twice the widest copy. */
  private static BufferedImage decode(ImageReader reader, int longSide) throws IOException {
    ImageReadParam param = reader.getDefaultReadParam();
    int step = Math.max(1, longSide / (2 * WIDTHS.get(WIDTHS.size() - 1)));
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    return reader.read(0, param);
  }

  private static List<Copy> copies(BufferedImage image, int shownWidth) throws IOException {
    boolean transparent = image.getColorModel().hasAlpha();
    List<Copy> copies = new ArrayList<>();
    for (int width : copyWidths(shownWidth)) {
      int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      var builder =
          Thumbnails.of(image)
              .forceSize(width, height)
              .imageType(transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
              .outputFormat(transparent ? "png" : "jpg");
      if (!transparent) {
        builder.outputQuality(JPEG_QUALITY);
      }
      builder.toOutputStream(out);
      copies.add(
          new Copy(width, height, transparent ? "image/png" : "image/jpeg", out.toByteArray()));
    }
    return copies;
  }
}
