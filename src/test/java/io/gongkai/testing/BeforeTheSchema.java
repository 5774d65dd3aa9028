package io.gongkai.testing;

import io.gongkai.platform.Database;
import io.gongkai.platform.Transactions;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** Stand-ins for a first start whose schema is still being made, for timers' unit tests. */
public final class BeforeTheSchema {

  private BeforeTheSchema() {}

  /** A database whose schema is not there yet. */
  public static Database database() {
    return new Database() {
      @Override
      public boolean migrated() {
        return false;
      }
    };
  }

  /** Transactions that fail the test when asked for: there are no tables to use. */
  public static Transactions noTransactions() {
    return new Transactions() {
      @Override
      public <T> T read(Function<EntityManager, T> work) {
        throw new AssertionError("read before the schema exists");
      }

      @Override
      public <T> T write(Function<EntityManager, T> work) {
        throw new AssertionError("wrote before the schema exists");
      }
    };
  }
}
