package com.renovare.content.delivery;

import static com.renovare.content.delivery.DeliveryCacheTesting.await;
import static com.renovare.content.delivery.DeliveryCacheTesting.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.publishing.PublishedContent.Listing;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A change to one article drops the list pages it can affect and no others: pages that show it, and
 * pages whose filter it now matches and whose stretch of the list its position falls in. Every page
 * used to be dropped on every publish, and the reloads crowded out the writes.
 */
class DeliveryCacheListPagesTest {

  private static final Instant T = Instant.parse("2026-11-01T12:00:00Z");

  private final Map<String, Listing> standing = new HashMap<>();
  private final DeliveryCache cache =
      new DeliveryCache(
          DeliveryCacheTesting.config(1_000_000),
          new SimpleMeterRegistry(),
          Clock.systemUTC(),
          slug -> Optional.ofNullable(standing.get(slug)));

  private static final String FIRST = DeliveryCache.LIST + "null|null|null|20|null";
  private static final String SECOND = DeliveryCache.LIST + "null|null|null|20|c2";
  private static final String BONES = DeliveryCache.LIST + "bones|null|null|20|null";
  private static final String LIVER = DeliveryCache.LIST + "liver|null|null|20|null";
  private static final String GERMAN = DeliveryCache.LIST + "null|null|de-DE|20|null";
  private static final String PRODUCT = DeliveryCache.PRODUCT_ARTICLES + "K2|20|null";
  private static final String OTHER_PRODUCT = DeliveryCache.PRODUCT_ARTICLES + "D3|20|null";

  private void fill() {
    page(FIRST, null, null, null, null, T.minusSeconds(100), "a", "b");
    page(SECOND, null, null, null, T.minusSeconds(100), T.minusSeconds(200), "c", "d");
    page(BONES, "bones", null, null, null, null, "a");
    page(LIVER, "liver", null, null, null, null, "b");
    page(GERMAN, null, null, "de-DE", null, null, "g");
    page(PRODUCT, null, "K2", null, null, null, "a");
    page(OTHER_PRODUCT, null, "D3", null, null, null, "d");
  }

  @Test
  void aFirstPublishDropsTheFirstPagesItBelongsOnAndNoOthers() {
    fill();
    standing.put("new", new Listing(true, "en-US", T, Set.of("bones"), Set.of("K2")));
    cache.evictArticle("new");

    assertNull(cache.held(FIRST), "the unfiltered first page");
    assertNull(cache.held(BONES), "the first page of its topic");
    assertNull(cache.held(PRODUCT), "the first page of its product");
    assertNotNull(cache.held(LIVER), "a page filtered by an unrelated topic stays");
    assertNotNull(cache.held(GERMAN), "a page of another locale stays");
    assertNotNull(cache.held(OTHER_PRODUCT), "a page of another product stays");
    assertNotNull(cache.held(SECOND), "a later page, after its cursor, stays");
  }

  @Test
  void aChangeToAnArticleDropsThePagesThatShowIt() {
    fill();
    standing.put("d", new Listing(false, "en-US", T.minusSeconds(150), Set.of(), Set.of()));
    cache.evictArticle("d");

    assertNull(cache.held(SECOND), "it was on the second page");
    assertNull(cache.held(OTHER_PRODUCT), "and on its product's page");
    assertNotNull(cache.held(FIRST));
    assertNotNull(cache.held(BONES));
    assertNotNull(cache.held(PRODUCT));
  }

  @Test
  void anArticleThatNowBelongsInsideALaterPagesStretchDropsThatPage() {
    fill();
    standing.put("x", new Listing(true, "en-US", T.minusSeconds(150), Set.of("liver"), Set.of()));
    cache.evictArticle("x");

    assertNull(cache.held(SECOND), "its position falls between the second page's bounds");
    assertNotNull(cache.held(FIRST), "the first page ends before it");
    assertNull(cache.held(LIVER), "the topic page it now matches, which has no end");
    assertNotNull(cache.held(BONES));
  }

  @Test
  void whenWhereTheArticleStandsCannotBeReadEveryPageIsDropped() {
    fill();
    cache.evictArticle("unknown");
    for (String key : new String[] {FIRST, SECOND, BONES, LIVER, GERMAN, PRODUCT, OTHER_PRODUCT}) {
      assertNull(cache.held(key), key);
    }
  }

  @Test
  void thePageRuleOnItsOwn() {
    DeliveryCache.Page page =
        new DeliveryCache.Page("bones", null, "en-US", T, T.minusSeconds(60), Set.of("a"));
    Listing inside = new Listing(true, "en-US", T.minusSeconds(30), Set.of("bones"), Set.of());
    assertTrue(DeliveryCache.affects("z", inside, page));
    assertFalse(DeliveryCache.affects("z", withTopics(inside, "liver"), page));
    assertFalse(
        DeliveryCache.affects(
            "z", new Listing(true, "en-US", T.plusSeconds(5), Set.of("bones"), Set.of()), page),
        "before the page's cursor");
    assertFalse(
        DeliveryCache.affects(
            "z", new Listing(true, "en-US", T.minusSeconds(90), Set.of("bones"), Set.of()), page),
        "past the page's last entry");
    assertTrue(DeliveryCache.affects("a", Listing.ABSENT, page), "it shows the article");
    assertFalse(DeliveryCache.affects("z", Listing.ABSENT, page));
  }

  private static Listing withTopics(Listing listing, String... topics) {
    return new Listing(
        listing.live(),
        listing.locale(),
        listing.firstPublishedAt(),
        Set.of(topics),
        listing.skus());
  }

  @Test
  void aPageLoadingWhileAnUnrelatedArticleChangesIsKept() throws Exception {
    standing.put("elsewhere", new Listing(true, "de-DE", T, Set.of("liver"), Set.of()));
    assertTrue(loadWhileChanging(BONES, "bones", "elsewhere"), "another locale and topic");
  }

  @Test
  void aPageLoadingWhileAnArticleLandsOnItIsNotKept() throws Exception {
    standing.put("new", new Listing(true, "en-US", T, Set.of("bones"), Set.of()));
    assertFalse(loadWhileChanging(BONES, "bones", "new"), "the new article belongs on it");
  }

  @Test
  void aPageLoadingWhileWhereTheArticleStandsIsUnknownIsNotKept() throws Exception {
    assertFalse(loadWhileChanging(BONES, "bones", "unknown"));
  }

  /**
   * Starts loading a first page filtered by {@code topic} that shows article "a", changes {@code
   * slug} while it loads, and says whether the page was kept.
   */
  private boolean loadWhileChanging(String key, String topic, String slug) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<ReadyResponse> loading =
        cache
            .lookupPage(
                key,
                () -> {
                  started.countDown();
                  await(release);
                  return new DeliveryCache.Loaded(
                      body(key),
                      new DeliveryCache.Page(
                          topic, null, null, null, T.minusSeconds(100), Set.of("a")));
                })
            .subscribeAsCompletionStage()
            .toCompletableFuture();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    cache.evictArticle(slug);
    release.countDown();
    loading.get(5, TimeUnit.SECONDS);
    return cache.held(key) != null;
  }

  private void page(
      String key,
      String topic,
      String sku,
      String locale,
      Instant after,
      Instant last,
      String... slugs) {
    cache
        .lookupPage(
            key,
            () ->
                new DeliveryCache.Loaded(
                    body(key),
                    new DeliveryCache.Page(topic, sku, locale, after, last, Set.of(slugs))))
        .await()
        .indefinitely();
    assertNotNull(cache.held(key));
  }
}
