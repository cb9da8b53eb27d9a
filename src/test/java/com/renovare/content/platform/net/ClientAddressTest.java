package com.renovare.content.platform.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void ipv6AddressesInOneSlash64ShareAKey() {
    String key = ClientAddress.key("2001:db8:1:2::a");
    assertEquals("2001:db8:1:2::/64", key);
    assertEquals(key, ClientAddress.key("2001:db8:1:2::b"));
    assertEquals(key, ClientAddress.key("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"));
    assertEquals(key, ClientAddress.key("[2001:db8:1:2:0:0:0:c]"));
    assertEquals(key, ClientAddress.key("2001:DB8:1:2::D"));
    assertEquals(key, ClientAddress.key("2001:db8:1:2::e%eth0"));
  }

  @Test
  void ipv6AddressesInOtherSlash64sHaveOtherKeys() {
    String key = ClientAddress.key("2001:db8:1:2::a");
    assertNotEquals(key, ClientAddress.key("2001:db8:1:3::a"));
    assertNotEquals(key, ClientAddress.key("2001:db8:1:102::a"));
    assertNotEquals(key, ClientAddress.key("2001:db9:1:2::a"));
    assertEquals("0:0:0:0::/64", ClientAddress.key("::1"));
    assertEquals("fe80:0:0:0::/64", ClientAddress.key("fe80::1"));
  }

  @Test
  void ipv4AddressesAreKeyedWhole() {
    assertEquals("203.0.113.7", ClientAddress.key("203.0.113.7"));
    assertNotEquals(ClientAddress.key("203.0.113.7"), ClientAddress.key("203.0.113.8"));
    assertEquals("203.0.113.7", ClientAddress.key("::ffff:203.0.113.7"));
    assertEquals("203.0.113.7", ClientAddress.key(" 203.0.113.7 "));
    assertEquals("203.0.113.7", ClientAddress.key("203.000.113.07"));
    assertEquals("0.0.0.0", ClientAddress.key("0.0.0.0"));
    assertEquals("255.255.255.255", ClientAddress.key("255.255.255.255"));
  }

  @Test
  void onlyTheCanonicalDottedFormIsTakenAsItIs() {
    for (String canonical :
        new String[] {"0.0.0.0", "10.0.0.1", "203.0.113.7", "255.255.255.255"}) {
      assertTrue(ClientAddress.isCanonicalIpv4(canonical), canonical);
    }
    for (String other :
        new String[] {
          "",
          "1.2.3",
          "1.2.3.4.5",
          "1.2.3.",
          ".1.2.3",
          "01.2.3.4",
          "1.2.3.256",
          "1..2.3",
          "1.2.3.4 ",
          "1.2.3.4x",
          "1234.1.1.1",
          "::1",
          "::ffff:1.2.3.4",
          "a.b.c.d"
        }) {
      assertFalse(ClientAddress.isCanonicalIpv4(other), other);
    }
  }

  @Test
  void whatIsNoIpAddressSharesOneKey() {
    for (String text :
        new String[] {null, "", "unknown", "_hidden", "example.com", "999.1.1.1", "1.2.3", "[]"}) {
      assertEquals(ClientAddress.UNKNOWN, ClientAddress.key(text), String.valueOf(text));
    }
  }

  @Test
  void forwardingWithoutTrustedProxiesIsRefused() {
    assertTrue(ClientAddress.misconfiguration(true, Optional.empty()).isPresent());
    assertTrue(ClientAddress.misconfiguration(true, Optional.of(List.of(" "))).isPresent());
    assertTrue(ClientAddress.misconfiguration(true, Optional.of(List.of("10.0.0.5"))).isEmpty());
    assertTrue(ClientAddress.misconfiguration(false, Optional.empty()).isEmpty());
  }
}
