package io.gongkai.platform;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * The status line's reason phrase for the codes the server's HTTP layer (Grizzly) does not know: it
 * would write {@code 429 CUSTOM}. Registered once at start-up in Grizzly's table of statuses; on a
 * server without that table nothing changes (the phrase is advisory in HTTP/1.1 and absent in
 * HTTP/2).
 */
final class ReasonPhrases {

  private static final Map<Integer, String> MISSING =
      Map.of(
          422, "Unprocessable Content",
          428, "Precondition Required",
          429, "Too Many Requests",
          431, "Request Header Fields Too Large",
          451, "Unavailable For Legal Reasons");

  private static final System.Logger LOG = System.getLogger(ReasonPhrases.class.getName());

  private ReasonPhrases() {}

  static void install() {
    try {
      Class<?> status = Class.forName("org.glassfish.grizzly.http.util.HttpStatus");
      Method get = status.getMethod("getHttpStatus", int.class);
      Method phrase = status.getMethod("getReasonPhrase");
      Method register = status.getDeclaredMethod("register", int.class, String.class);
      register.setAccessible(true);
      for (Map.Entry<Integer, String> e : MISSING.entrySet()) {
        if ("CUSTOM".equals(phrase.invoke(get.invoke(null, e.getKey())))) {
          register.invoke(null, e.getKey(), e.getValue());
        }
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(System.Logger.Level.INFO, "Reason phrases left to the server: " + e);
    }
  }
}
