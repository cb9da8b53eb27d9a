package com.renovare.content.publishing;

import com.renovare.content.article.ArticleContent;
import com.renovare.content.article.Block;
import com.renovare.content.article.Claim;
import com.renovare.content.citation.CitationData;

/** Reading a published document back into the content it was rendered from. */
final class DocumentContent {

  private DocumentContent() {}

  /**
   * The editable content a document was rendered from; the inverse of {@link ArticleRenderer}. What
   * publishing added from the catalogues is not content and is left behind: product cards (with the
   * safety note keys they name) and the document's safety notes, whose sources are embedded in the
   * notes and never enter the article's own citation list. Re-rendering the content attaches the
   * notes that apply then.
   */
  static ArticleContent content(ArticleDocument doc) {
    return new ArticleContent(
        doc.slug(),
        doc.locale(),
        doc.title(),
        doc.summary(),
        doc.topics(),
        doc.authors(),
        doc.heroImage(),
        doc.sections().stream()
            .map(
                s ->
                    new ArticleContent.SectionContent(
                        s.key(),
                        s.heading(),
                        s.blocks().stream().map(DocumentContent::asWritten).toList()))
            .toList(),
        doc.productLinks().stream()
            .map(
                l ->
                    new ArticleContent.ProductLinkContent(
                        l.sku(), l.section(), l.role(), l.blurb()))
            .toList(),
        doc.citations().stream().map(CitationData::key).toList(),
        doc.credits(),
        doc.disclaimers().stream()
            .filter(ArticleDocument.DisclaimerDocument::editorial)
            .map(ArticleDocument.DisclaimerDocument::toDisclaimer)
            .toList(),
        doc.review() == null ? null : doc.review().toReview());
  }

  /** The block with its claims as editors wrote them, without what publishing worked out. */
  private static Block asWritten(Block block) {
    return block.withClaims(
        block.passages().stream()
            .map(p -> p.claims().stream().map(Claim::asWritten).toList())
            .toList());
  }
}
