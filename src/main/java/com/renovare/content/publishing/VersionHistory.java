package com.renovare.content.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.renovare.content.platform.paging.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article's published versions, newest first, a page at a time. Shared by delivery and editors.
 */
@ApplicationScoped
public class VersionHistory {

  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

  private final PublishedContent content;
  private final PublishingConfig config;

  VersionHistory(PublishedContent content, PublishingConfig config) {
    this.content = content;
    this.config = config;
  }

  /** A page of an article's version history. */
  @Schema(name = "VersionList")
  public record Page(
      @Schema(maxItems = 100, required = true) List<VersionEntry> items,
      @Schema(
              description = "Cursor of the next page; null on the last page.",
              maxLength = 512,
              nullable = true,
              required = true)
          @JsonInclude(JsonInclude.Include.ALWAYS)
          String next) {}

  /**
   * The page after {@code cursor} (from the newest when absent) of at most {@code rawLimit}, as the
   * public sees it: each version under its byline, never the name of the token that published it.
   */
  public Page page(String slug, String rawLimit, String cursor) {
    return page(
        slug, rawLimit, cursor, r -> r.byline() == null ? config.organisation() : r.byline());
  }

  /** The same page for editors: each version under the name of the token that published it. */
  public Page forEditors(String slug, String rawLimit, String cursor) {
    return page(slug, rawLimit, cursor, PublishedContent.VersionRow::publishedBy);
  }

  private Page page(
      String slug,
      String rawLimit,
      String cursor,
      Function<PublishedContent.VersionRow, String> publishedBy) {
    int limit = Paging.limit(rawLimit);
    Integer before = null;
    List<String> parts = Paging.decodeCursor(cursor, 2);
    if (parts != null) {
      if (!parts.get(0).equals("v") || !VERSION.matcher(parts.get(1)).matches()) {
        throw Paging.invalidCursor();
      }
      before = Integer.parseInt(parts.get(1));
    }
    List<PublishedContent.VersionRow> rows = content.versions(slug, before, limit + 1);
    List<PublishedContent.VersionRow> page = rows.subList(0, Math.min(limit, rows.size()));
    String next =
        rows.size() > limit
            ? Paging.encodeCursor("v", String.valueOf(page.get(page.size() - 1).version()))
            : null;
    return new Page(
        page.stream()
            .map(
                r ->
                    new VersionEntry(
                        r.version(),
                        r.publishedAt(),
                        publishedBy.apply(r),
                        r.changeNote(),
                        "/v1/articles/" + slug + "/versions/" + r.version(),
                        r.redaction() == null
                            ? null
                            : new VersionEntry.Redacted(
                                r.redaction().at(), r.redaction().reason())))
            .toList(),
        next);
  }
}
