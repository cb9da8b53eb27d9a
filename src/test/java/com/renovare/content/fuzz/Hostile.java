package com.renovare.content.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile values, all drawn from one seeded random source so that a seed replays the same run: long
 * and strange strings, numbers at and past every edge, path and query tricks, injection fragments,
 * and broken JSON.
 */
final class Hostile {

  static final List<String> UNICODE =
      List.of(
          "\uD835\uDCB1\uD835\uDCBE\uD835\uDCC9", // astral letters
          "\uD83D\uDC8A\uD83E\uDDEA", // emoji
          "\u202Egnp.exe", // right-to-left override
          "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627", // Hebrew and Arabic
          "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", // stacked combining marks
          "nul\u0000byte",
          "bell\u0007escape\u001B[31m",
          "tab\tnew\nline\rreturn",
          "\uFEFFbom",
          "zero\u200Bwidth\u200D",
          "\uFFFF\uFFFE",
          "\u0085\u2028\u2029",
          "lone\uD800surrogate",
          "\uDC00",
          "");

  static final List<String> NUMBERS =
      List.of(
          "9223372036854775808",
          "-9223372036854775809",
          "9223372036854775807",
          "2147483648",
          "-2147483649",
          "-1",
          "0",
          "-0",
          "1e308",
          "1e309",
          "-1e-400",
          "NaN",
          "Infinity",
          "-Infinity",
          "0x10",
          "1.5",
          "007",
          "+1",
          "99999999999999999999999999999999999999",
          " 1",
          "1 ");

  static final List<String> TRAVERSAL =
      List.of(
          "../",
          "../../../../etc/passwd",
          "..%2f..%2fetc%2fpasswd",
          "%2e%2e%2f",
          "%2e%2e/%2e%2e/",
          "..%5c..%5cwindows",
          "..\\..\\",
          "%252e%252e%252f",
          "....//",
          "/etc/passwd",
          "%00",
          "a%2fb",
          ".",
          "..",
          ";jsessionid=1",
          "?x=1",
          "#frag");

  static final List<String> INJECTION =
      List.of(
          "' OR 1=1--",
          "1; drop table article;--",
          "\" union select null, null--",
          "'; select pg_sleep(5);--",
          "$$; truncate article; $$",
          "\\",
          "%",
          "_",
          "<script>alert(1)</script>",
          "javascript:alert(1)",
          "\"><img src=x onerror=alert(1)>",
          "{{7*7}}",
          "${jndi:ldap://127.0.0.1/x}",
          "#{7*7}",
          "%s%s%s%n",
          "{\"$ne\": null}",
          "*",
          "null",
          "true",
          "[]",
          "{}");

  private final SplittableRandom random;

  Hostile(long seed) {
    this.random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Any hostile text: long, odd unicode, numbers, traversal or injection. */
  String string() {
    return switch (random.nextInt(6)) {
      case 0 -> longString();
      case 1 -> pick(UNICODE);
      case 2 -> pick(NUMBERS);
      case 3 -> pick(TRAVERSAL);
      case 4 -> pick(INJECTION);
      default -> randomText(1 + random.nextInt(64));
    };
  }

  /** 10k to 200k characters, sometimes one repeated, sometimes random. */
  String longString() {
    int length = 10_000 + random.nextInt(190_001);
    if (random.nextBoolean()) {
      return "a".repeat(length);
    }
    return randomText(length);
  }

  /** Text of random code points from every plane, control characters included. */
  String randomText(int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      int codePoint =
          switch (random.nextInt(5)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x5f);
            case 2 -> 0x80 + random.nextInt(0xD800 - 0x80);
            case 3 -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            default -> 'a' + random.nextInt(26);
          };
      out.appendCodePoint(codePoint);
    }
    return out.toString();
  }

  /** A JSON number literal or something that only looks like one. */
  String numberLiteral() {
    return pick(
        List.of(
            "9223372036854775808",
            "-9223372036854775809",
            "1e308",
            "1e400",
            "-1",
            "0",
            "-0",
            "2147483648",
            "1.0000000000000000000001",
            "123456789012345678901234567890",
            "NaN",
            "Infinity",
            "-",
            "01",
            "1e",
            ".5"));
  }

  /** Nesting thousands of levels deep: arrays, objects, closed or not. */
  String deepJson() {
    int depth = 1_000 + random.nextInt(20_000);
    return switch (random.nextInt(4)) {
      case 0 -> "[".repeat(depth);
      case 1 -> "[".repeat(depth) + "]".repeat(depth);
      case 2 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      default -> "{\"a\":[".repeat(depth);
    };
  }

  /** An array with up to 200k elements. */
  String hugeArray() {
    int size = 10_000 + random.nextInt(190_000);
    StringBuilder out = new StringBuilder(size * 2 + 2).append('[');
    String element = pick(List.of("1", "\"x\"", "{}", "null", "[]"));
    for (int i = 0; i < size; i++) {
      out.append(i == 0 ? "" : ",").append(element);
    }
    return out.append(']').toString();
  }

  /** Bytes that are not UTF-8 at all, or UTF-8 of a lone surrogate, or just noise. */
  byte[] badBytes() {
    return switch (random.nextInt(4)) {
      case 0 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
      case 1 -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
      case 2 -> new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
      default -> {
        byte[] noise = new byte[1 + random.nextInt(4096)];
        for (int i = 0; i < noise.length; i++) {
          noise[i] = (byte) random.nextInt(256);
        }
        yield noise;
      }
    };
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
