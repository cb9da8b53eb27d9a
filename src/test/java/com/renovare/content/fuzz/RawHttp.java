package com.renovare.content.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately naive HTTP/1.1 client over a plain socket. The usual clients refuse to send what
 * the fuzzer needs to send (control characters in headers, unencoded bytes in the target, bodies on
 * a GET, lying media types), so requests are written byte for byte and one connection serves one
 * request.
 */
final class RawHttp {

  /** One request exactly as it goes on the wire, minus Host, Content-Length and Connection. */
  record Request(String method, byte[] target, List<String[]> headers, byte[] body) {

    String targetText() {
      return new String(target, StandardCharsets.ISO_8859_1);
    }

    /** The request as a reader can replay it, with long parts cut so the message stays legible. */
    String describe() {
      StringBuilder out = new StringBuilder();
      out.append(method).append(' ').append(excerpt(targetText(), 300)).append('\n');
      for (String[] header : headers) {
        out.append("  ").append(header[0]).append(": ").append(excerpt(header[1], 200));
        out.append('\n');
      }
      if (body != null) {
        out.append("  body (")
            .append(body.length)
            .append(" bytes): ")
            .append(excerpt(new String(body, StandardCharsets.UTF_8), 400));
      }
      return out.toString();
    }
  }

  /** What came back; the body is decoded as UTF-8 because every answer of this API is text. */
  record Response(int status, List<String[]> headers, String body) {

    String header(String name) {
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          return header[1];
        }
      }
      return null;
    }
  }

  private final String host;
  private final int port;

  RawHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  Response send(Request request) throws IOException {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.write(request.method().getBytes(StandardCharsets.ISO_8859_1));
      head.write(' ');
      head.write(request.target());
      head.write(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
      line(head, "Host", host + ":" + port);
      line(head, "Connection", "close");
      for (String[] header : request.headers()) {
        line(head, header[0], header[1]);
      }
      if (request.body() != null) {
        line(head, "Content-Length", Integer.toString(request.body().length));
      }
      head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(head.toByteArray());
        if (request.body() != null) {
          out.write(request.body());
        }
        out.flush();
      } catch (IOException refusedMidway) {
        // The server may answer (413, 414, 431) and close before the whole request is written;
        // what it answered is still readable.
      }
      return read(socket.getInputStream());
    }
  }

  private static void line(ByteArrayOutputStream head, String name, String value)
      throws IOException {
    // Header text is written as UTF-8 so that non-Latin characters arrive as the raw bytes a
    // careless client would send.
    head.write(name.getBytes(StandardCharsets.UTF_8));
    head.write(": ".getBytes(StandardCharsets.ISO_8859_1));
    head.write(value.getBytes(StandardCharsets.UTF_8));
    head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException(
          "no complete response head; received "
              + all.length
              + " bytes: "
              + excerpt(new String(all, StandardCharsets.ISO_8859_1), 200));
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(
          new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase("Transfer-Encoding")
          && header[1].toLowerCase(Locale.ROOT).contains("chunked")) {
        body = dechunk(body);
      }
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
      if (lineEnd < 0) {
        break;
      }
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
      at = lineEnd + 2 + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String excerpt(String text, int max) {
    String visible =
        text.codePoints()
            .limit(max + 1L)
            .collect(StringBuilder::new, RawHttp::appendVisible, StringBuilder::append)
            .toString();
    return text.length() > max
        ? visible.substring(0, Math.min(visible.length(), max)) + "… (" + text.length() + " chars)"
        : visible;
  }

  private static void appendVisible(StringBuilder out, int codePoint) {
    if (codePoint < 0x20 || codePoint == 0x7f || Character.isSurrogate((char) codePoint)) {
      out.append(String.format("\\u%04x", codePoint));
    } else {
      out.appendCodePoint(codePoint);
    }
  }
}
