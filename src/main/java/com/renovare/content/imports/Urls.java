package com.renovare.content.imports;

import java.util.Locale;

/** URL rules shared by the readers. */
final class Urls {

  private Urls() {}

  /**
   * Whether a link would run code when followed: javascript:, vbscript: and data: URLs, also when
   * disguised with white space or control characters inside the scheme, as browsers forgive.
   */
  static boolean isScript(String url) {
    if (url == null) {
      return false;
    }
    String squeezed = url.replaceAll("[\\p{Cntrl}\\s\\u00A0]+", "").toLowerCase(Locale.ROOT);
    return squeezed.startsWith("javascript:")
        || squeezed.startsWith("vbscript:")
        || squeezed.startsWith("data:");
  }
}
