package io.gongkai.items.control;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.gongkai.testing.BeforeTheSchema;
import org.junit.jupiter.api.Test;

/**
 * The expiry timer starts with the application; on a first start its first tick can come while the
 * schema is still being made. Such a tick does nothing rather than fail on missing tables.
 */
class ExpiryTest {

  @Test
  void aTickBeforeTheSchemaExistsDoesNothing() {
    Expiry expiry = new Expiry();
    expiry.tx = BeforeTheSchema.noTransactions();
    expiry.database = BeforeTheSchema.database();
    assertThatCode(expiry::withdrawExpired).doesNotThrowAnyException();
  }
}
