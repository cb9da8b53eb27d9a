package com.renovare.content.citation.link;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The link health of web citations, for delivery and for editorial tools such as a re-review list.
 * Every answer holds only results for the URL each citation holds now; citations without a URL, or
 * whose current URL was not checked yet, are absent.
 */
@ApplicationScoped
public class CitationLinks {

  private final LinkStore store;

  CitationLinks(LinkStore store) {
    this.store = store;
  }

  /** The health of one citation's current URL, if it has been checked. */
  public Optional<LinkHealth> of(String citationKey) {
    return Optional.ofNullable(store.health(List.of(citationKey)).get(citationKey));
  }

  /**
   * The health of each of these citations that has a checked URL, by citation key, in one query per
   * 500 keys: the way to ask about every source an article cites.
   */
  public Map<String, LinkHealth> of(Collection<String> citationKeys) {
    return store.health(citationKeys);
  }

  /** Every checked web citation, by citation key in key order. */
  public Map<String, LinkHealth> all() {
    return store.all();
  }

  /**
   * The sources that may call for a re-review: broken now, or with a content change seen at some
   * time ({@link LinkHealth#contentChangedAt()} set). Compare with an article's last review through
   * {@link LinkHealth#needsReReviewSince}. In citation key order.
   */
  public List<LinkHealth> problems() {
    return List.copyOf(store.problems().values());
  }
}
