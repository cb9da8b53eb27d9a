package com.renovare.content.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures in the Standard Webhooks format: {@code v1,} and the base64 HMAC-SHA256, keyed with
 * the base64-decoded part of the {@code whsec_} secret, over {@code id.timestamp.body}.
 */
final class WebhookSignature {

  static final String SECRET_PREFIX = "whsec_";

  private WebhookSignature() {}

  static String sign(String secret, String id, long timestampSeconds, byte[] body) {
    byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
