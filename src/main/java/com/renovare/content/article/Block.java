package com.renovare.content.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.renovare.content.identifier.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One unit of a section's body. The {@code type} property tells clients which shape follows; new
 * types may be added within v1, so clients skip types they do not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
  @JsonSubTypes.Type(value = Block.OrderedList.class, name = "orderedList"),
  @JsonSubTypes.Type(value = Block.BulletedList.class, name = "bulletedList"),
  @JsonSubTypes.Type(value = Block.ImageBlock.class, name = "image"),
  @JsonSubTypes.Type(value = Block.Callout.class, name = "callout")
})
@Schema(
    name = "Block",
    type = SchemaType.OBJECT,
    oneOf = {
      Block.Paragraph.class,
      Block.OrderedList.class,
      Block.BulletedList.class,
      Block.ImageBlock.class,
      Block.Callout.class
    },
    discriminatorProperty = "type",
    discriminatorMapping = {
      @DiscriminatorMapping(value = "paragraph", schema = Block.Paragraph.class),
      @DiscriminatorMapping(value = "orderedList", schema = Block.OrderedList.class),
      @DiscriminatorMapping(value = "bulletedList", schema = Block.BulletedList.class),
      @DiscriminatorMapping(value = "image", schema = Block.ImageBlock.class),
      @DiscriminatorMapping(value = "callout", schema = Block.Callout.class)
    })
public sealed interface Block {

  int TEXT_MAX = 10_000;
  int MAX_CITATIONS = 20;
  int MAX_CLAIMS = 20;

  /** The name clients see in {@code type}. */
  String type();

  /** Every citation key this block refers to, in order of appearance. */
  List<String> citationKeys();

  /** The reader-visible text of this block, in reading order. */
  List<String> texts();

  /**
   * The block's text in the pieces claims are marked in, in reading order: the paragraph or callout
   * text, or each list item (with its index). Captions and titles are passages without claims.
   */
  List<Passage> passages();

  /** A copy whose passages carry these claims, one list per passage in {@link #passages} order. */
  Block withClaims(List<List<Claim>> claims);

  /** Every claim in the block, in reading order. */
  default List<Claim> claims() {
    return passages().stream().flatMap(p -> p.claims().stream()).toList();
  }

  /**
   * A piece of a block's text.
   *
   * @param property the block property holding the text: text, title or caption
   * @param item the list item's 0-based index, or null outside lists
   */
  record Passage(String property, Integer item, String text, List<Claim> claims) {}

  /** Claims read from JSON: absent means none. */
  private static List<Claim> claimsOf(List<Claim> claims) {
    return claims == null ? List.of() : List.copyOf(claims);
  }

  /** A paragraph of running text and the sources it rests on. */
  @Schema(
      name = "ParagraphBlock",
      properties =
          @SchemaProperty(
              name = "type",
              type = SchemaType.STRING,
              enumeration = "paragraph",
              description = "Always \"paragraph\" for this kind of block."),
      requiredProperties = "type")
  record Paragraph(
      @Schema(description = "The text, as written.", maxLength = TEXT_MAX, required = true)
          @NotBlank
          @Size(max = TEXT_MAX)
          String text,
      @Schema(
              description = "Keys of the citations this paragraph rests on.",
              maxItems = MAX_CITATIONS)
          @Size(max = MAX_CITATIONS)
          List<
                  @NotBlank @Size(max = Identifiers.CITATION_KEY_MAX)
                  @Pattern(regexp = Identifiers.CITATION_KEY) String>
              citations,
      @Schema(
              description =
                  "Statements in the text that need evidence; absent when there are none.",
              maxItems = MAX_CLAIMS)
          @JsonInclude(JsonInclude.Include.NON_EMPTY)
          @Size(max = MAX_CLAIMS)
          List<@NotNull @Valid Claim> claims)
      implements Block {
    public Paragraph {
      citations = citations == null ? List.of() : List.copyOf(citations);
      claims = claimsOf(claims);
    }

    public Paragraph(String text, List<String> citations) {
      this(text, citations, List.of());
    }

    @Override
    public String type() {
      return "paragraph";
    }

    @Override
    public List<String> citationKeys() {
      return citations;
    }

    @Override
    public List<String> texts() {
      return List.of(text);
    }

    @Override
    public List<Passage> passages() {
      return List.of(new Passage("text", null, text, claims));
    }

    @Override
    public Paragraph withClaims(List<List<Claim>> claims) {
      return new Paragraph(text, citations, claims.get(0));
    }
  }

  /** One entry of a list. */
  @Schema(name = "ListItem")
  record ListItem(
      @Schema(
              description = "The item text, without its number or bullet.",
              maxLength = TEXT_MAX,
              required = true)
          @NotBlank
          @Size(max = TEXT_MAX)
          String text,
      @Schema(description = "Keys of the citations this item rests on.", maxItems = MAX_CITATIONS)
          @Size(max = MAX_CITATIONS)
          List<
                  @NotBlank @Size(max = Identifiers.CITATION_KEY_MAX)
                  @Pattern(regexp = Identifiers.CITATION_KEY) String>
              citations,
      @Schema(
              description =
                  "Statements in the text that need evidence; absent when there are none.",
              maxItems = MAX_CLAIMS)
          @JsonInclude(JsonInclude.Include.NON_EMPTY)
          @Size(max = MAX_CLAIMS)
          List<@NotNull @Valid Claim> claims) {
    public ListItem {
      citations = citations == null ? List.of() : List.copyOf(citations);
      claims = claimsOf(claims);
    }

    public ListItem(String text, List<String> citations) {
      this(text, citations, List.of());
    }

    static List<String> citationKeys(List<ListItem> items) {
      return items.stream().flatMap(i -> i.citations().stream()).toList();
    }

    static List<String> texts(List<ListItem> items) {
      return items.stream().map(ListItem::text).toList();
    }

    static List<Passage> passages(List<ListItem> items) {
      List<Passage> passages = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        passages.add(new Passage("text", i, items.get(i).text(), items.get(i).claims()));
      }
      return passages;
    }

    static List<ListItem> withClaims(List<ListItem> items, List<List<Claim>> claims) {
      List<ListItem> copies = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        ListItem item = items.get(i);
        copies.add(new ListItem(item.text(), item.citations(), claims.get(i)));
      }
      return copies;
    }
  }

  /** A numbered list; clients number the items themselves, starting at 1. */
  @Schema(
      name = "OrderedListBlock",
      properties =
          @SchemaProperty(
              name = "type",
              type = SchemaType.STRING,
              enumeration = "orderedList",
              description = "Always \"orderedList\" for this kind of block."),
      requiredProperties = "type")
  record OrderedList(
      @Schema(description = "The items in order.", maxItems = 200, required = true)
          @NotEmpty
          @Size(max = 200)
          List<@NotNull @Valid ListItem> items)
      implements Block {
    public OrderedList {
      items = List.copyOf(items);
    }

    @Override
    public String type() {
      return "orderedList";
    }

    @Override
    public List<String> citationKeys() {
      return ListItem.citationKeys(items);
    }

    @Override
    public List<String> texts() {
      return ListItem.texts(items);
    }

    @Override
    public List<Passage> passages() {
      return ListItem.passages(items);
    }

    @Override
    public OrderedList withClaims(List<List<Claim>> claims) {
      return new OrderedList(ListItem.withClaims(items, claims));
    }
  }

  /** A list whose order carries no meaning. */
  @Schema(
      name = "BulletedListBlock",
      properties =
          @SchemaProperty(
              name = "type",
              type = SchemaType.STRING,
              enumeration = "bulletedList",
              description = "Always \"bulletedList\" for this kind of block."),
      requiredProperties = "type")
  record BulletedList(
      @Schema(description = "The items in order.", maxItems = 200, required = true)
          @NotEmpty
          @Size(max = 200)
          List<@NotNull @Valid ListItem> items)
      implements Block {
    public BulletedList {
      items = List.copyOf(items);
    }

    @Override
    public String type() {
      return "bulletedList";
    }

    @Override
    public List<String> citationKeys() {
      return ListItem.citationKeys(items);
    }

    @Override
    public List<String> texts() {
      return ListItem.texts(items);
    }

    @Override
    public List<Passage> passages() {
      return ListItem.passages(items);
    }

    @Override
    public BulletedList withClaims(List<List<Claim>> claims) {
      return new BulletedList(ListItem.withClaims(items, claims));
    }
  }

  /** A picture in the flow of the text, with alt text and credit. */
  @Schema(
      name = "ImageBlock",
      properties =
          @SchemaProperty(
              name = "type",
              type = SchemaType.STRING,
              enumeration = "image",
              description = "Always \"image\" for this kind of block."),
      requiredProperties = "type")
  record ImageBlock(
      @Schema(description = "Absolute https URL of the image.", maxLength = 2000, required = true)
          @NotBlank
          @Size(max = 2000)
          @Pattern(regexp = "https://\\S+")
          String src,
      @Schema(description = "Alternative text.", maxLength = 500, required = true)
          @NotBlank
          @Size(max = 500)
          String alt,
      @Schema(description = "Caption shown under the image.", maxLength = 1000) @Size(max = 1000)
          String caption,
      @Schema(description = "Intrinsic width in pixels.", minimum = "1", maximum = "20000")
          @Min(1)
          @Max(20000)
          Integer width,
      @Schema(description = "Intrinsic height in pixels.", minimum = "1", maximum = "20000")
          @Min(1)
          @Max(20000)
          Integer height,
      @Schema(description = "Who made the image or where it comes from.") @Valid Attribution credit)
      implements Block {
    @Override
    public String type() {
      return "image";
    }

    @Override
    public List<String> citationKeys() {
      return credit == null || credit.citation() == null ? List.of() : List.of(credit.citation());
    }

    @Override
    public List<String> texts() {
      return Stream.of(caption, credit == null ? null : credit.text())
          .filter(t -> t != null)
          .toList();
    }

    @Override
    public List<Passage> passages() {
      return caption == null
          ? List.of()
          : List.of(new Passage("caption", null, caption, List.of()));
    }

    @Override
    public ImageBlock withClaims(List<List<Claim>> claims) {
      return this;
    }
  }

  /** Text set apart from the flow: a tip, a note or a warning. */
  @Schema(
      name = "CalloutBlock",
      properties =
          @SchemaProperty(
              name = "type",
              type = SchemaType.STRING,
              enumeration = "callout",
              description = "Always \"callout\" for this kind of block."),
      requiredProperties = "type")
  record Callout(
      @Schema(
              description = "How the callout is presented.",
              enumeration = {"note", "tip", "warning"},
              required = true)
          @NotBlank
          @Pattern(regexp = "note|tip|warning")
          String tone,
      @Schema(description = "Optional title.", maxLength = 300) @Size(max = 300) String title,
      @Schema(description = "The callout text.", maxLength = TEXT_MAX, required = true)
          @NotBlank
          @Size(max = TEXT_MAX)
          String text,
      @Schema(
              description = "Keys of the citations this callout rests on.",
              maxItems = MAX_CITATIONS)
          @Size(max = MAX_CITATIONS)
          List<
                  @NotBlank @Size(max = Identifiers.CITATION_KEY_MAX)
                  @Pattern(regexp = Identifiers.CITATION_KEY) String>
              citations,
      @Schema(
              description =
                  "Statements in the text that need evidence; absent when there are none.",
              maxItems = MAX_CLAIMS)
          @JsonInclude(JsonInclude.Include.NON_EMPTY)
          @Size(max = MAX_CLAIMS)
          List<@NotNull @Valid Claim> claims)
      implements Block {
    public Callout {
      citations = citations == null ? List.of() : List.copyOf(citations);
      claims = claimsOf(claims);
    }

    public Callout(String tone, String title, String text, List<String> citations) {
      this(tone, title, text, citations, List.of());
    }

    @Override
    public String type() {
      return "callout";
    }

    @Override
    public List<String> citationKeys() {
      return citations;
    }

    @Override
    public List<String> texts() {
      return Stream.of(title, text).filter(t -> t != null).toList();
    }

    /** The title, when there is one, is scanned for wording but carries no claims. */
    @Override
    public List<Passage> passages() {
      Passage body = new Passage("text", null, text, claims);
      return title == null
          ? List.of(body)
          : List.of(new Passage("title", null, title, List.of()), body);
    }

    @Override
    public Callout withClaims(List<List<Claim>> claims) {
      return new Callout(tone, title, text, citations, claims.get(claims.size() - 1));
    }
  }
}
