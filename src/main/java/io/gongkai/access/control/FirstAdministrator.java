package io.gongkai.access.control;

import io.gongkai.access.entity.Role;
import io.gongkai.platform.ClusterLock;
import io.gongkai.platform.DatabaseReady;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;

/**
 * Outside demo mode there is no default account: the installation's first administrator comes from
 * configuration (gongkai.admin.username and gongkai.admin.password), created once.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final System.Logger LOG = System.getLogger(FirstAdministrator.class.getName());

  @Inject Settings settings;
  @Inject Transactions tx;
  @Inject Accounts accounts;
  @Inject ClusterLock cluster;

  void onReady(@Observes @Priority(DatabaseReady.ACCOUNTS) DatabaseReady ready) {
    ensure();
  }

  public void ensure() {
    var username = settings.adminUsername();
    if (username.isEmpty()) {
      long count =
          tx.read(
              em -> em.createQuery("select count(a) from Account a", Long.class).getSingleResult());
      if (count == 0 && !settings.demo()) {
        LOG.log(
            Level.WARNING,
            "No accounts yet: set GONGKAI_ADMIN_USERNAME and GONGKAI_ADMIN_PASSWORD"
                + " and restart to create the first administrator");
      }
      return;
    }
    String password =
        settings
            .adminPassword()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "gongkai.admin.username is set but gongkai.admin.password is not"));
    tx.write(
        em -> {
          cluster.await(em, "first-administrator"); // instances starting together create it once
          if (accounts.find(em, username.get()).isEmpty()) {
            var admin = accounts.create(em, username.get(), "系统管理员", password);
            accounts.grant(em, admin, null, Role.ADMINISTRATOR);
            LOG.log(Level.INFO, "Created the first administrator {0}", username.get());
          }
          return null;
        });
  }
}
