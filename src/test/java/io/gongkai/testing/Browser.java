package io.gongkai.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its chromedriver (packages {@code chromium} and {@code
 * chromium-driver}, installed by {@code .ci/run}); never a downloaded browser. One per test class;
 * close it when done.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;

  /** A desktop-sized browser (1280 × 900). */
  public Browser() {
    this(1280, 900);
  }

  public Browser(int width, int height) {
    DebianPackages.ensure("chromium chromium-driver fonts-wqy-microhei", CHROMIUM, CHROMEDRIVER);
    try {
      profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Waits up to {@code seconds} for a condition on the page; an element the page replaced while
   * re-rendering is looked up again rather than failing the wait.
   */
  public org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting(
      int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  /** Saves a PNG of the viewport as target/screenshots/{name}.png. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var paths = Files.walk(profile)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException ignored) {
      // a temporary profile under target/
    }
  }
}
