package io.gongkai.requests.control;

import io.gongkai.platform.Transactions;
import io.gongkai.requests.entity.AddressKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Client addresses as the online form keeps them: never the address itself, only an HMAC-SHA256 of
 * it under the installation's own key (made once, in the database, so every instance hashes alike
 * and counts the same submissions). An IPv6 client counts by its /64 network, since one machine may
 * hold a whole /64.
 */
@ApplicationScoped
public class ClientAddresses {

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%\\w+)?");

  @Inject Transactions tx;

  private volatile byte[] key;

  public String hash(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal(network(address).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The address an IPv4 client is counted by, or the /64 network of an IPv6 one. */
  static String network(String address) {
    String a = address == null ? "" : address.strip();
    if (a.contains(":") && IP_LITERAL.matcher(a).matches()) {
      try {
        byte[] bytes = InetAddress.getByName(a.replaceAll("%.*", "")).getAddress();
        if (bytes.length == 16) {
          return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        }
        return InetAddress.getByAddress(bytes).getHostAddress();
      } catch (UnknownHostException notAnAddress) {
        return a;
      }
    }
    return a;
  }

  private byte[] key() {
    if (key == null) {
      synchronized (this) {
        if (key == null) {
          key = Base64.getDecoder().decode(loadKey());
        }
      }
    }
    return key;
  }

  private String loadKey() {
    String stored = tx.read(em -> secret(em.find(AddressKey.class, "default")));
    if (stored != null) {
      return stored;
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    try {
      tx.writeAlone(
          em -> {
            em.persist(new AddressKey("default", Base64.getEncoder().encodeToString(fresh)));
            return null;
          });
    } catch (RuntimeException raceWithAnotherInstance) {
      // another instance stored its key first: use that one
    }
    return tx.read(em -> secret(em.find(AddressKey.class, "default")));
  }

  private static String secret(AddressKey k) {
    return k == null ? null : k.secret();
  }
}
