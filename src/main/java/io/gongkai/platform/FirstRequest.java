package io.gongkai.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;

/**
 * Starts held background work when the application serves its first request: the container routes
 * requests to the application only once its start is complete (see {@link Background}). A short
 * pause lets the container's last start-up step end before the first task loads a class.
 */
@WebListener
public class FirstRequest implements ServletRequestListener {

  private static final Duration PAUSE = Duration.ofMillis(250);

  @Inject Background background;

  private volatile boolean seen;

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (!seen) {
      seen = true;
      background.startAfter(PAUSE, "first request");
    }
  }
}
