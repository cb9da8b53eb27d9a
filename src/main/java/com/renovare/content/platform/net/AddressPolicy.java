package com.renovare.content.platform.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses this service may send requests to on someone else's say-so (webhook targets,
 * cited web pages): never this machine, its private networks or cloud metadata services (loopback,
 * unspecified, private, carrier-grade NAT, link-local, unique-local, multicast, and IPv6 forms that
 * embed such an IPv4 address), unless the address is on the allow-list of the setting that
 * configures the caller. Every address a host name resolves to must pass. Callers check every URL,
 * including each redirect target, before they request it.
 */
public final class AddressPolicy {

  private final List<Range> allowed;
  private final String action;

  /**
   * @param setting the name of the allow-list setting, for the message when an entry is malformed
   * @param action what the caller does with a URL, completing "only http and https URLs can …"
   * @param allow addresses or CIDR ranges that may be reached although they are not public
   */
  public AddressPolicy(String setting, String action, List<String> allow) {
    this.action = action;
    this.allowed =
        allow.stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(text -> Range.parse(setting, text))
            .toList();
  }

  /** Why a URL must not be called. */
  public record Refusal(Kind kind, String reason) {}

  /** The kinds of refusal, for callers that report an unknown host differently from a ban. */
  public enum Kind {
    /** Not http or https, credentials in the URL, or no host. */
    MALFORMED,
    /** The host name does not resolve (now): nothing could be called, but nothing is banned. */
    UNRESOLVED,
    /** The host resolves to an address off the public internet that is not allow-listed. */
    RESTRICTED
  }

  /** Why the URL must not be called, or empty when it may be. Resolves its host name. */
  public Optional<String> refusal(URI url) {
    return check(url).map(Refusal::reason);
  }

  /**
   * The same decision as {@link #refusal}, with its kind. A check ahead of a request does not
   * protect the request (the name may resolve differently when it connects): {@link OutboundHttp}
   * checks the addresses it connects to.
   */
  public Optional<Refusal> check(URI url) {
    Optional<Refusal> malformed = checkForm(url);
    if (malformed.isPresent()) {
      return malformed;
    }
    String host = url.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException | SecurityException e) {
      return Optional.of(unresolved(host));
    }
    return checkAddresses(host, addresses);
  }

  /** Why the URL must not be called whatever its host resolves to (scheme, credentials, host). */
  public Optional<Refusal> checkForm(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return refused(Kind.MALFORMED, "only http and https URLs can " + action);
    }
    if (url.getRawUserInfo() != null) {
      return refused(Kind.MALFORMED, "the URL must not carry credentials");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return refused(Kind.MALFORMED, "the URL has no host");
    }
    return Optional.empty();
  }

  /** Why a host that resolved to these addresses must not be called; every one must pass. */
  public Optional<Refusal> checkAddresses(String host, InetAddress[] addresses) {
    if (addresses == null || addresses.length == 0) {
      return Optional.of(unresolved(host));
    }
    for (InetAddress address : addresses) {
      if (restricted(address) && allowed.stream().noneMatch(r -> r.contains(address))) {
        return refused(
            Kind.RESTRICTED,
            "the host "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", a loopback, private or link-local address");
      }
    }
    return Optional.empty();
  }

  /** The refusal of a host name that does not resolve. */
  static Refusal unresolved(String host) {
    return new Refusal(Kind.UNRESOLVED, "the host " + host + " does not resolve");
  }

  private static Optional<Refusal> refused(Kind kind, String reason) {
    return Optional.of(new Refusal(kind, reason));
  }

  /** Whether the address belongs to this machine or a network that is not the public internet. */
  public static boolean restricted(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
        return true;
      }
      if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) { // deprecated site-local fec0::/10
        return true;
      }
      byte[] embedded = embeddedIpv4(b);
      if (embedded != null) {
        try {
          return restricted(InetAddress.getByAddress(embedded));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64
   * (64:ff9b::a.b.c.d) IPv6 address; null for other IPv6 addresses.
   */
  private static byte[] embeddedIpv4(byte[] b) {
    boolean zeroPrefix = allZero(b, 0, 10);
    boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b
            && allZero(b, 4, 12);
    return mapped || compatible || nat64 ? Arrays.copyOfRange(b, 12, 16) : null;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** An address or CIDR range from the allow-list. */
  private record Range(byte[] network, int prefix) {

    static Range parse(String setting, String text) {
      String[] parts = text.split("/", 2);
      byte[] network;
      try {
        network = InetAddress.getByName(parts[0]).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(
            setting + " holds '" + text + "', which is not an IP address");
      }
      int prefix = network.length * 8;
      if (parts.length == 2) {
        try {
          prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > network.length * 8) {
          throw new IllegalArgumentException(
              setting + " holds '" + text + "', whose prefix length is not valid");
        }
      }
      return new Range(network, prefix);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
