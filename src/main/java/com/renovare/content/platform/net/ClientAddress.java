package com.renovare.content.platform.net;

import io.netty.util.NetUtil;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client a request is counted against by every rate limit keyed on an address. That is the TCP
 * peer, or, when Quarkus' forwarded-header support is switched on and the peer is one of the
 * trusted proxies, the client address the proxy forwarded (Quarkus puts it in {@link
 * HttpServerRequest#remoteAddress()}; headers from any other peer are ignored). See
 * src/docs/proxies.md.
 *
 * <p>An IPv6 client is counted by its /64 prefix: one subscriber usually holds a whole /64 and
 * could otherwise take a fresh budget with each of its addresses. An IPv4-mapped IPv6 address
 * counts as its IPv4 address. A forwarded value that is no IP address (a proxy's "unknown", an
 * obfuscated name) cannot tell clients apart, so all such requests share one budget.
 */
@Singleton
public class ClientAddress {

  /** The key of requests whose client address is not known. */
  static final String UNKNOWN = "unknown";

  private final boolean forwarding;
  private final Optional<List<String>> trustedProxies;

  ClientAddress(
      @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
          boolean forwarding,
      @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
          Optional<List<String>> trustedProxies) {
    this.forwarding = forwarding;
    this.trustedProxies = trustedProxies;
  }

  /**
   * Quarkus trusts every peer's forwarded headers when forwarding is on and no trusted proxy is
   * listed, which would let any client pick the address its requests are counted against: start-up
   * fails instead.
   */
  void onStart(@Observes StartupEvent event) {
    misconfiguration(forwarding, trustedProxies)
        .ifPresent(
            problem -> {
              throw new IllegalStateException(problem);
            });
  }

  /** Why these forwarding settings must not be used, or empty when they may. */
  static Optional<String> misconfiguration(
      boolean forwarding, Optional<List<String>> trustedProxies) {
    boolean listed =
        trustedProxies.map(list -> list.stream().anyMatch(p -> !p.isBlank())).orElse(false);
    if (forwarding && !listed) {
      return Optional.of(
          "quarkus.http.proxy.proxy-address-forwarding is on but"
              + " quarkus.http.proxy.trusted-proxies lists no proxy, so every client could choose"
              + " the address its rate limits count against. List the addresses of your proxies"
              + " (see src/docs/proxies.md).");
    }
    return Optional.empty();
  }

  /** The rate-limit key of the request's client. */
  public static String of(HttpServerRequest request) {
    SocketAddress remote = request.remoteAddress();
    return remote == null ? UNKNOWN : key(remote.host());
  }

  /**
   * The rate-limit key of an address as text: an IPv4 address in dotted form, an IPv6 address as
   * its /64 prefix ({@code 2001:db8:1:2::/64}), anything else {@link #UNKNOWN}.
   */
  static String key(String host) {
    if (host == null) {
      return UNKNOWN;
    }
    if (isCanonicalIpv4(host)) {
      // The usual case, and every request pays for it: the text is already the key.
      return host;
    }
    String literal = host.strip();
    if (literal.length() > 2 && literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    byte[] address = NetUtil.createByteArrayFromIpAddressString(literal);
    if (address == null) {
      return UNKNOWN;
    }
    if (address.length == 16 && isIpv4Mapped(address)) {
      address = Arrays.copyOfRange(address, 12, 16);
    }
    if (address.length == 4) {
      return (address[0] & 0xff)
          + "."
          + (address[1] & 0xff)
          + "."
          + (address[2] & 0xff)
          + "."
          + (address[3] & 0xff);
    }
    StringBuilder prefix = new StringBuilder();
    for (int group = 0; group < 4; group++) {
      int value = ((address[2 * group] & 0xff) << 8) | (address[2 * group + 1] & 0xff);
      prefix.append(Integer.toHexString(value)).append(':');
    }
    return prefix.append(":/64").toString();
  }

  /** Four decimal parts of 0 to 255 without leading zeros, dot-separated, nothing else. */
  static boolean isCanonicalIpv4(String text) {
    int parts = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int start = i;
      int value = 0;
      while (i < length && i - start < 4) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && text.charAt(start) == '0')) {
        return false;
      }
      parts++;
      if (i == length) {
        break;
      }
      if (text.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
      if (i == length) {
        return false;
      }
    }
    return parts == 4;
  }

  /** ::ffff:a.b.c.d */
  private static boolean isIpv4Mapped(byte[] address) {
    for (int i = 0; i < 10; i++) {
      if (address[i] != 0) {
        return false;
      }
    }
    return (address[10] & 0xff) == 0xff && (address[11] & 0xff) == 0xff;
  }
}
