package io.gongkai.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void hashIsSaltedAndVerifies() {
    String a = Passwords.hash("correct horse battery");
    String b = Passwords.hash("correct horse battery");

    assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$210000$");
    assertThat(Passwords.matches("correct horse battery", a)).isTrue();
    assertThat(Passwords.matches("wrong horse battery", a)).isFalse();
    assertThat(Passwords.matches("anything", "garbage")).isFalse();
  }
}
