package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Brings the application up: the schema and the persistence unit, then {@link DatabaseReady} for
 * the features — the first administrator from configuration, the demo content (demo mode, empty
 * database only), then background work such as the text of attachments stored before text
 * extraction existed — each observing it at its {@code @Priority}. Background work they start waits
 * for the end of the application's start ({@link Background#tasks()}).
 */
@ApplicationScoped
public class Startup {

  @Inject Database database;
  @Inject Event<DatabaseReady> ready;
  @Inject Background background;
  @Inject Settings settings;
  @Inject ChangeNotices notices;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ReasonPhrases.install();
    database.start();
    ready.fire(new DatabaseReady());
    notices.start();
    background.startAfter(settings.backgroundStartDelay(), "no request yet");
  }
}
