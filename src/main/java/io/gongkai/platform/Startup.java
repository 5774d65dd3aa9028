package io.gongkai.platform;

import io.gongkai.access.control.FirstAdministrator;
import io.gongkai.demo.DemoContent;
import io.gongkai.items.control.AttachmentTextBackfill;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Brings the application up in order: schema and persistence unit, the first administrator from
 * configuration, then (demo mode only, empty database only) the demo content; last, in the
 * background, the text of attachments stored before text extraction existed.
 */
@ApplicationScoped
public class Startup {

  private static final System.Logger LOG = System.getLogger(Startup.class.getName());

  @Inject Database database;
  @Inject FirstAdministrator firstAdministrator;
  @Inject DemoContent demo;
  @Inject Settings settings;
  @Inject AttachmentTextBackfill attachmentTextBackfill;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    database.start();
    firstAdministrator.ensure();
    if (settings.demo()) {
      demo.loadIfEmpty();
      LOG.log(
          Level.INFO,
          "Gongkai demo mode: log in as demo-admin, demo-editor, demo-reviewer or"
              + " demo-editor2 with the demo password (POST /api/v1/auth/token)");
    }
    attachmentTextBackfill.start();
  }
}
