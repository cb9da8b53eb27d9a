package com.renovare.content.imports;

import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.ArticleDrafts;
import com.renovare.content.article.Block;
import com.renovare.content.article.Credit;
import com.renovare.content.audit.Actor;
import com.renovare.content.audit.AuditLog;
import com.renovare.content.identifier.Identifiers;
import com.renovare.content.platform.config.ContentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a legacy blog post as a new draft: reads it in its format, turns its source lines into
 * credits and citations, gives sections stable keys and the article a free slug, and stores the
 * draft, all in one transaction. A refused import stores nothing, citations included.
 */
@ApplicationScoped
public class ArticleImports {

  private static final int SECTION_KEY_BASE_MAX = 60;

  private final ArticleDrafts drafts;
  private final CitationLinker citations;
  private final AuditLog audit;
  private final ContentConfig.Imports config;

  ArticleImports(
      ArticleDrafts drafts, CitationLinker citations, AuditLog audit, ContentConfig config) {
    this.drafts = drafts;
    this.citations = citations;
    this.audit = audit;
    this.config = config.imports();
  }

  /** The new draft's id and the report of everything dropped, guessed or decided. */
  public record Imported(UUID id, List<ImportNote> report) {}

  /**
   * @param contentType the request's Content-Type: the format and the charset
   * @param locale the draft's locale, or null for the configured default
   * @param slug the draft's slug, or null to make one from the title
   */
  @Transactional
  public Imported importPost(
      byte[] body, String contentType, String locale, String slug, Actor actor) {
    String draftLocale =
        Identifiers.locale("locale", locale == null ? config.defaultLocale() : locale);
    if (slug != null) {
      Identifiers.slug("slug", slug);
    }
    ImportFormat format = ImportFormat.of(contentType);
    String text = SourceText.decode(body, contentType);
    ImportReport notes = new ImportReport();
    ParsedPost parsed = format.read(text, notes);
    if (parsed == null) {
      throw ImportRefused.nothingLeft();
    }
    SourceLines.Extracted extracted = SourceLines.extract(parsed, notes);
    CitationLinker.Run sources = citations.start(actor, notes);
    Set<String> cited = new LinkedHashSet<>();
    List<Credit> credits = new ArrayList<>();
    for (SourceLines.Credited credit : extracted.credits()) {
      String key = credit.source() == null ? null : sources.key(credit.source(), "the credit line");
      if (key != null) {
        cited.add(key);
      }
      credits.add(new Credit(credit.role(), shorten(credit.text(), 1000, credit, notes), key));
    }
    for (SourceLines.Source url : extracted.urls()) {
      String key = sources.key(url, "a source URL at the end of the post");
      if (key != null) {
        cited.add(key);
      }
    }
    List<ArticleContent.SectionContent> sections =
        sections(extracted.post().sections(), sources, cited, notes);
    String title = extracted.post().title();
    ArticleContent content =
        new ArticleContent(
            slug != null ? slug : freeSlug(title, notes),
            draftLocale,
            title,
            null,
            List.of(),
            List.of(),
            null,
            sections,
            List.of(),
            List.copyOf(cited),
            credits,
            List.of());
    UUID id = drafts.create(content, actor);
    audit.record(
        actor,
        "article.import",
        "article",
        id.toString(),
        format.mediaType() + ": " + content.slug() + ", " + notes.size() + " report entries");
    return new Imported(id, notes.list(config.maxReportEntries()));
  }

  private List<ArticleContent.SectionContent> sections(
      List<ParsedPost.Section> parsed,
      CitationLinker.Run sources,
      Set<String> cited,
      ImportReport notes) {
    Set<String> keys = new HashSet<>();
    List<ArticleContent.SectionContent> sections = new ArrayList<>();
    for (ParsedPost.Section section : parsed) {
      String base =
          section.heading() == null
              ? "introduction"
              : Texts.slug(section.heading(), SECTION_KEY_BASE_MAX);
      if (base.isEmpty()) {
        base = "section";
      }
      String key = base;
      for (int n = 2; !keys.add(key); n++) {
        key = base + "-" + n;
      }
      List<Block> blocks = new ArrayList<>();
      for (ParsedPost.Piece piece : section.pieces()) {
        blocks.addAll(blocks(piece, sources, cited, notes));
      }
      sections.add(new ArticleContent.SectionContent(key, section.heading(), blocks));
    }
    return sections;
  }

  private static List<Block> blocks(
      ParsedPost.Piece piece, CitationLinker.Run sources, Set<String> cited, ImportReport notes) {
    if (piece instanceof ParsedPost.Picture p) {
      return List.of(new Block.ImageBlock(p.src(), p.alt(), p.caption(), null, null, null));
    }
    if (piece instanceof ParsedPost.Items list) {
      List<Block.ListItem> items = new ArrayList<>();
      for (ParsedPost.Para item : list.items()) {
        String text = item.text();
        if (text.length() > Block.TEXT_MAX) {
          notes.add(
              item.at(),
              "textTruncated",
              "A list item longer than " + Block.TEXT_MAX + " characters was cut.",
              text);
          text = text.substring(0, Texts.cutAt(text, Block.TEXT_MAX)).trim();
        }
        items.add(new Block.ListItem(text, keys(item, sources, cited)));
      }
      return List.of(list.ordered() ? new Block.OrderedList(items) : new Block.BulletedList(items));
    }
    ParsedPost.Para para = (ParsedPost.Para) piece;
    List<String> keys = keys(para, sources, cited);
    List<Block> paragraphs = new ArrayList<>();
    String rest = para.text();
    if (rest.length() > Block.TEXT_MAX) {
      notes.add(
          para.at(),
          "paragraphSplit",
          "A paragraph longer than "
              + Block.TEXT_MAX
              + " characters was split at word boundaries into several.",
          rest);
    }
    while (rest.length() > Block.TEXT_MAX) {
      int cut = Texts.cutAt(rest, Block.TEXT_MAX);
      paragraphs.add(new Block.Paragraph(Texts.trim(rest.substring(0, cut)), keys));
      rest = Texts.trim(rest.substring(cut));
    }
    if (!rest.isEmpty()) {
      paragraphs.add(new Block.Paragraph(rest, keys));
    }
    return paragraphs;
  }

  private static List<String> keys(
      ParsedPost.Para para, CitationLinker.Run sources, Set<String> cited) {
    Set<String> keys = new LinkedHashSet<>();
    for (ParsedPost.Link link : para.links()) {
      String key =
          sources.key(
              SourceLines.ofLink(link),
              "a link on '" + (link.text().isEmpty() ? link.url() : link.text()) + "'");
      if (key != null && keys.size() < Block.MAX_CITATIONS) {
        keys.add(key);
        cited.add(key);
      }
    }
    return List.copyOf(keys);
  }

  private String freeSlug(String title, ImportReport notes) {
    String base = Texts.slug(title, Identifiers.SLUG_MAX - 4);
    if (base.isEmpty()) {
      base = "imported-article";
    }
    String slug = base;
    for (int n = 2; drafts.idOf(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    if (!slug.equals(base)) {
      notes.add(
          null,
          "slugChanged",
          "An article already has the slug '"
              + base
              + "', so the draft got '"
              + slug
              + "'. Pass ?slug= to choose another.",
          title);
    }
    return slug;
  }

  private static String shorten(
      String text, int max, SourceLines.Credited credit, ImportReport notes) {
    if (text.length() <= max) {
      return text;
    }
    notes.add(credit.at(), "textTruncated", "A credit line longer than " + max + " was cut.", text);
    return text.substring(0, Texts.cutAt(text, max)).trim();
  }
}
