package io.gongkai.items.boundary;

import io.gongkai.platform.JsonbSettings;
import java.time.Instant;

/**
 * The optional body of a workflow action: {@code at} schedules a publication, {@code reason}
 * explains a withdrawal or a return to the editor.
 */
public record TransitionRequest(Instant at, String reason) {

  static TransitionRequest parse(String body) {
    if (body == null || body.isBlank()) {
      return new TransitionRequest(null, null);
    }
    return JsonbSettings.jsonb().fromJson(body, TransitionRequest.class);
  }
}
