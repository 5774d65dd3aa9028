package io.gongkai.items.boundary;

import io.gongkai.platform.JsonBodies;
import java.time.Instant;

/**
 * The optional body of a workflow action: {@code at} schedules a publication, {@code reason}
 * explains a withdrawal or a return to the editor.
 */
public record TransitionRequest(Instant at, String reason) {

  static TransitionRequest parse(String body) {
    TransitionRequest r = JsonBodies.readOptional(body, TransitionRequest.class);
    return r == null ? new TransitionRequest(null, null) : r;
  }
}
