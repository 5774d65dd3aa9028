package io.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * ShrinkWrap archives for in-container tests: the control layer of the built application (its
 * classes without the HTTP boundary and the demo content, its persistence unit, migrations and
 * libraries) plus the test's own classes.
 */
public final class Deployments {

  private Deployments() {}

  /** The application as its control layer, with {@code extra} test classes. */
  public static WebArchive controlLayer(String name, Class<?>... extra) {
    Path exploded = Path.of(System.getProperty("gongkai.it.exploded", "target/gongkai"));
    Path classes = exploded.resolve("WEB-INF/classes");
    WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> !skipped(classes.relativize(f).toString().replace('\\', '/')))
          .forEach(
              f ->
                  war.add(
                      new FileAsset(f.toFile()),
                      "WEB-INF/classes/" + classes.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> libs = Files.list(exploded.resolve("WEB-INF/lib"))) {
      libs.forEach(l -> war.addAsLibrary(l.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    war.addAsWebInfResource(exploded.resolve("WEB-INF/beans.xml").toFile(), "beans.xml");
    war.addAsWebInfResource(exploded.resolve("WEB-INF/payara-web.xml").toFile(), "payara-web.xml");
    war.addClasses(extra);
    return war;
  }

  private static boolean skipped(String path) {
    return path.contains("/boundary/")
        || path.startsWith("io/gongkai/demo/")
        || path.equals("io/gongkai/GongkaiApplication.class");
  }
}
