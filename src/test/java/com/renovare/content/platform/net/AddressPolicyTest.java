package com.renovare.content.platform.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("owasp-api7")
class AddressPolicyTest {

  private static final String SETTING = "test.allow-addresses";

  private final AddressPolicy nothingAllowed = new AddressPolicy(SETTING, "be called", List.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/hook",
        "http://127.1.2.3:8080/hook",
        "http://localhost/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:7f00:1]/hook",
        "http://[::127.0.0.1]/hook",
        "http://[64:ff9b::a9fe:a9fe]/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/hook",
        "http://10.0.0.1/hook",
        "http://172.16.5.4/hook",
        "http://192.168.1.1/hook",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://[::]/hook",
        "http://[fd00::1]/hook",
        "http://224.0.0.1/hook",
        "http://255.255.255.255/hook"
      })
  void refusesAddressesThatAreNotOnThePublicInternet(String url) {
    assertTrue(nothingAllowed.refusal(URI.create(url)).isPresent(), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://93.184.215.14/hook",
        "https://[2606:4700:4700::1111]/hook",
        "https://1.1.1.1/"
      })
  void allowsPublicAddresses(String url) {
    assertEquals(java.util.Optional.empty(), nothingAllowed.refusal(URI.create(url)), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://93.184.215.14/hook",
        "file:///etc/passwd",
        "gopher://93.184.215.14/",
        "http://user:secret@93.184.215.14/hook",
        "http:///nohost"
      })
  void refusesOtherSchemesCredentialsAndMissingHosts(String url) {
    assertTrue(nothingAllowed.refusal(URI.create(url)).isPresent(), url);
  }

  @Test
  void theAllowListOpensExactlyWhatItNames() {
    AddressPolicy policy =
        new AddressPolicy(SETTING, "be called", List.of("127.0.0.1", "10.1.0.0/16"));
    assertEquals(java.util.Optional.empty(), policy.refusal(URI.create("http://127.0.0.1:9000/")));
    assertEquals(java.util.Optional.empty(), policy.refusal(URI.create("http://10.1.200.3/")));
    assertTrue(policy.refusal(URI.create("http://127.0.0.2/")).isPresent());
    assertTrue(policy.refusal(URI.create("http://10.2.0.1/")).isPresent());
    assertTrue(policy.refusal(URI.create("http://[::1]/")).isPresent());
    assertTrue(policy.refusal(URI.create("http://169.254.169.254/")).isPresent());
  }

  @Test
  void unresolvableHostsAreRefused() {
    assertTrue(nothingAllowed.refusal(URI.create("http://no-such-host.invalid/hook")).isPresent());
  }

  @Test
  void aMalformedAllowListEntryNamesTheSetting() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AddressPolicy(SETTING, "be called", List.of("10.0.0.0/40")));
    assertTrue(e.getMessage().startsWith(SETTING), e.getMessage());
  }

  @Test
  void theRefusalOfASchemeSaysWhatTheCallerDoes() {
    assertEquals(
        java.util.Optional.of("only http and https URLs can receive webhooks"),
        new AddressPolicy(SETTING, "receive webhooks", List.of())
            .refusal(URI.create("ftp://93.184.215.14/hook")));
  }
}
