package com.renovare.content.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing an import dropped, guessed or decided for the editor: where in the source it was, what
 * kind of thing happened, why, and the source text it concerns.
 */
@Schema(name = "ImportReportEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportNote(
    @Schema(description = "Where in the source; absent for decisions about the whole post.")
        Position position,
    @Schema(
            description =
                "What happened. New kinds may be added within v1: elementDropped,"
                    + " attributeDropped, unsafeUrlDropped, linkDropped,"
                    + " imageDropped, headingGuessed, titleGuessed, titleTruncated,"
                    + " headingTruncated, textTruncated, emptyHeading, whitespaceLineDropped,"
                    + " listFlattened, quoteAsParagraph, codeAsParagraph, paragraphSplit, markupRepaired,"
                    + " creditCreated, citationCreated, citationLinked, citationSkipped,"
                    + " slugChanged, reportTruncated.",
            examples = "elementDropped",
            maxLength = 40,
            required = true)
        String kind,
    @Schema(
            description = "What the import did and why, for the editor.",
            maxLength = ImportNote.MESSAGE_MAX + 1,
            required = true)
        String message,
    @Schema(
            description = "The source text concerned, shortened to 300 characters.",
            maxLength = 301)
        String text) {

  static final int TEXT_MAX = 300;

  // Messages quote names from the source, such as an element's, which the source may make long.
  static final int MESSAGE_MAX = 500;

  public ImportNote {
    if (message.length() > MESSAGE_MAX) {
      message = message.substring(0, MESSAGE_MAX) + "…";
    }
    if (text != null && text.length() > TEXT_MAX) {
      text = text.substring(0, TEXT_MAX) + "…";
    }
  }

  /** A place in the source text: 1-based line and column. */
  @Schema(name = "SourcePosition")
  public record Position(
      @Schema(minimum = "1", required = true) int line,
      @Schema(minimum = "1", required = true) int column) {}
}
