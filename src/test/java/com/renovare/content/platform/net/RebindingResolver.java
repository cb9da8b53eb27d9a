package com.renovare.content.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS rebinding attacker's name server: the first lookup of any name answers a public address
 * (192.0.2.1), every later one 127.0.0.1.
 */
public final class RebindingResolver implements OutboundHttp.Resolver {

  public static final String PUBLIC = "192.0.2.1";

  private final AtomicInteger lookups = new AtomicInteger();

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String answer = lookups.getAndIncrement() == 0 ? PUBLIC : "127.0.0.1";
    return new InetAddress[] {
      InetAddress.getByAddress(host, InetAddress.getByName(answer).getAddress())
    };
  }

  /** How many lookups were made. */
  public int lookups() {
    return lookups.get();
  }
}
