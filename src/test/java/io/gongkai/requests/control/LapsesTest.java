package io.gongkai.requests.control;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.gongkai.testing.BeforeTheSchema;
import org.junit.jupiter.api.Test;

/**
 * The register's timer starts with the application; on a first start its first tick can come while
 * the schema is still being made. Such a tick does nothing rather than fail on missing tables.
 */
class LapsesTest {

  @Test
  void aTickBeforeTheSchemaExistsDoesNothing() {
    Lapses lapses = new Lapses();
    lapses.tx = BeforeTheSchema.noTransactions();
    lapses.database = BeforeTheSchema.database();
    assertThatCode(lapses::tick).doesNotThrowAnyException();
  }
}
