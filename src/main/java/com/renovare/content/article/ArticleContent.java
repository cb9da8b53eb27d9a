package com.renovare.content.article;

import com.renovare.content.identifier.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an editor controls about an article, in the order readers see it. The seed bundle is
 * written in this shape, and so are editorial writes.
 */
@Schema(name = "ArticleContent")
public record ArticleContent(
    @NotBlank @Size(max = Identifiers.SLUG_MAX) @Pattern(regexp = Identifiers.SLUG) String slug,
    @NotBlank @Size(max = Identifiers.LOCALE_MAX) @Pattern(regexp = Identifiers.LOCALE)
        String locale,
    @NotBlank @Size(max = 300) String title,
    @Size(max = 1000) String summary,
    @Size(max = 20)
        List<
                @NotBlank @Size(max = Identifiers.TOPIC_MAX) @Pattern(regexp = Identifiers.TOPIC)
                String>
            topics,
    @Size(max = 20) List<@NotNull @Valid Author> authors,
    @Valid Image heroImage,
    @Size(max = 100) List<@NotNull @Valid SectionContent> sections,
    @Size(max = 100) List<@NotNull @Valid ProductLinkContent> productLinks,
    @Size(max = 100)
        List<
                @NotBlank @Size(max = Identifiers.CITATION_KEY_MAX)
                @Pattern(regexp = Identifiers.CITATION_KEY) String>
            citations,
    @Size(max = 50) List<@NotNull @Valid Credit> credits,
    @Size(max = 20) List<@NotNull @Valid Disclaimer> disclaimers,
    @Valid Review review) {

  public ArticleContent {
    topics = listOf(topics);
    authors = listOf(authors);
    sections = listOf(sections);
    productLinks = listOf(productLinks);
    citations = listOf(citations);
    credits = listOf(credits);
    disclaimers = listOf(disclaimers);
  }

  /** Content without a medical review. */
  public ArticleContent(
      String slug,
      String locale,
      String title,
      String summary,
      List<String> topics,
      List<Author> authors,
      Image heroImage,
      List<SectionContent> sections,
      List<ProductLinkContent> productLinks,
      List<String> citations,
      List<Credit> credits,
      List<Disclaimer> disclaimers) {
    this(
        slug,
        locale,
        title,
        summary,
        topics,
        authors,
        heroImage,
        sections,
        productLinks,
        citations,
        credits,
        disclaimers,
        null);
  }

  /** The market whose rules apply: the locale's region ("US" for en-US), if it names one. */
  public Optional<String> market() {
    int dash = locale == null ? -1 : locale.indexOf('-');
    return dash < 0 ? Optional.empty() : Optional.of(locale.substring(dash + 1));
  }

  /** One section: its stable key, optional heading and blocks in order. */
  public record SectionContent(
      @NotBlank @Size(max = Identifiers.SECTION_KEY_MAX) @Pattern(regexp = Identifiers.SECTION_KEY)
          String key,
      @Size(max = 300) String heading,
      @Size(max = 200) List<@NotNull @Valid Block> blocks) {
    public SectionContent {
      blocks = listOf(blocks);
    }
  }

  /** A product linked by SKU from the article ({@code section} absent) or from one section. */
  public record ProductLinkContent(
      @NotBlank @Size(max = Identifiers.SKU_MAX) @Pattern(regexp = Identifiers.SKU) String sku,
      @Size(max = Identifiers.SECTION_KEY_MAX) @Pattern(regexp = Identifiers.SECTION_KEY)
          String section,
      @NotBlank @Size(max = 9) @Pattern(regexp = "featured|mentioned") String role,
      @Size(max = 500) String blurb) {}

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
