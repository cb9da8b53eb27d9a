package com.renovare.content.imports;

import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.platform.problem.Problem;
import java.util.List;

/** An import refused before anything was stored: the body cannot be read as a post. */
public class ImportRefused extends ApiProblem {

  private ImportRefused(int status, String type, String title, String detail) {
    super(status, type, title, detail, List.of(new Problem.Violation("body", detail)));
  }

  static ImportRefused empty() {
    return new ImportRefused(
        400,
        "/problems/empty-body",
        "Empty body",
        "The body holds no text to import: send the post as text/plain, text/markdown or"
            + " text/html.");
  }

  static ImportRefused notText(String detail) {
    return new ImportRefused(400, "/problems/not-text", "Not text", detail);
  }

  static ImportRefused nothingLeft() {
    return new ImportRefused(
        400,
        "/problems/nothing-to-import",
        "Nothing to import",
        "Once markup, scripts and styles were removed, the post held no text to make a draft"
            + " of.");
  }

  static ImportRefused unsupportedCharset(String name) {
    String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
    return new ImportRefused(
        415,
        "/problems/unsupported-charset",
        "Unsupported charset",
        "The charset '"
            + shown
            + "' named in Content-Type is not one this server can decode. Send UTF-8 (the"
            + " default) or another standard charset such as ISO-8859-1 or windows-1252.");
  }

  static ImportRefused unsupportedType(String type) {
    String shown = type.length() > 100 ? type.substring(0, 100) + "…" : type;
    return new ImportRefused(
        415,
        "/problems/unsupported-media-type",
        "Unsupported Media Type",
        "Imports accept text/plain, text/markdown and text/html, not '" + shown + "'.");
  }
}
