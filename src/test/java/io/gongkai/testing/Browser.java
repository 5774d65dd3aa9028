package io.gongkai.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    ensureInstalled();
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

  /**
   * Installs Debian's chromium, chromium-driver and a Chinese font when they are missing, so {@code
   * mvn -B verify} works on a fresh machine with nothing installed by hand (as root, or with sudo).
   */
  private static synchronized void ensureInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String script =
        "export DEBIAN_FRONTEND=noninteractive; apt-get update -q && apt-get install -y -q"
            + " chromium chromium-driver fonts-wqy-microhei";
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> command =
        root ? List.of("bash", "-c", script) : List.of("sudo", "-n", "bash", "-c", script);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("installing chromium failed (exit " + p.exitValue() + ")");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not install chromium: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
              + " chromium-driver");
    }
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
