package com.renovare.content.editorial;

import com.renovare.content.audit.Actor;
import com.renovare.content.imports.ArticleImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The editorial use case of importing a legacy blog post as a draft. */
@ApplicationScoped
public class EditorialImports {

  private final ArticleImports imports;
  private final EditorialArticles articles;

  EditorialImports(ArticleImports imports, EditorialArticles articles) {
    this.imports = imports;
    this.articles = articles;
  }

  /** Imports the post and answers with the draft as editors read it, and the import's report. */
  @Transactional
  public EditorialArticles.Written<EditorialResponses.Imported> importPost(
      byte[] body, String contentType, String locale, String slug, Actor actor) {
    ArticleImports.Imported imported = imports.importPost(body, contentType, locale, slug, actor);
    EditorialArticles.Written<EditorialResponses.Draft> draft =
        articles.get(imported.id().toString());
    return new EditorialArticles.Written<>(
        new EditorialResponses.Imported(draft.body(), imported.report()), draft.etag());
  }
}
