package io.gongkai.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text someone reads, as a key of the message catalogue and its arguments, not yet in any
 * language: {@link Messages} renders it in the language the request negotiated. An argument may
 * itself be a {@code Message} (rendered in the same language) or a list (joined).
 */
public record Message(String key, List<Object> args) {

  public Message {
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Message of(String key, Object... args) {
    return new Message(key, Arrays.asList(args));
  }
}
