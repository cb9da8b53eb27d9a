package com.renovare.content.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.problem.ApiProblem;
import com.renovare.content.publishing.ContentChanged;
import com.renovare.content.publishing.PublishedContent;
import com.renovare.content.publishing.PublishedContent.Listing;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Ready-to-send delivery responses held in memory, bounded by size, with hit and miss metrics
 * ({@code cache_gets_total{cache="delivery"}}). A hit, and a 304 for it, is answered on the event
 * loop without touching the database; a miss loads on a worker thread, once per key however many
 * requests miss it at the same time: they all wait for that one load.
 *
 * <p>Version URLs never change unless they are redacted, so their entries stay until the size bound
 * pushes them out or a change to their article drops them. Current documents, sections and version
 * histories of an article are dropped when a publish, unpublish or redaction of it commits here,
 * when another instance announces one, or when the periodic check finds one it missed. Of the list
 * pages (articles, and articles linking a product) only those the change can affect are dropped:
 * pages that show the article, and pages whose filter it matches now and whose stretch of the list
 * its position falls in (for a first publish, the first pages). Products, citations and safety
 * notes are dropped when they change here or another instance announces a change (see {@link
 * CatalogChanges}).
 *
 * <p>A load that started before an eviction of its key never stores its result, which could be the
 * state from before the change: an eviction marks the loads in flight for the keys it drops, under
 * the same lock that storing takes, so no eviction can slip between the check and the put. The
 * requests already waiting for such a load get its answer (they arrived before the change was
 * evicted); requests after the eviction start a new load.
 */
@ApplicationScoped
public class DeliveryCache {

  private static final Logger LOG = Logger.getLogger(DeliveryCache.class);

  static final String ARTICLE = "a|";
  static final String SECTION = "s|";
  static final String VERSION = "v|";
  static final String VERSIONS = "h|";
  static final String LIST = "l|";
  static final String FEED = "f|";
  static final String PRODUCT_ARTICLES = "p|";
  static final String CITATIONS = "c|";
  static final String LINKED_DATA = "j|";
  static final String PRODUCT = "d|";
  static final String CITATION = "k|";
  static final String SAFETY_NOTE = "n|";

  /** Cursors carry milliseconds, the database microseconds: page bounds are widened by this. */
  private static final Duration CURSOR_SLACK = Duration.ofMillis(1);

  /**
   * What a list page shows: its filter (null: not filtered), the stretch of the list it covers
   * (after its cursor, exclusive, null for a first page; down to its last entry, inclusive, null
   * when it is the last page) and the slugs on it.
   */
  record Page(
      String topic, String sku, String locale, Instant after, Instant last, Set<String> slugs) {}

  /** A loaded response and, for a list page, what it shows. */
  record Loaded(ReadyResponse delivered, Page page) {}

  /** Compared by identity: the key index must tell one load's entry from another's. */
  private static final class Entry {
    private final ReadyResponse delivered;
    private final Page page;

    Entry(ReadyResponse delivered, Page page) {
      this.delivered = delivered;
      this.page = page;
    }

    ReadyResponse delivered() {
      return delivered;
    }

    Page page() {
      return page;
    }

    int weight() {
      return delivered.weight() + (page == null ? 0 : 64 * page.slugs().size());
    }
  }

  /**
   * One load in progress; {@code storable} and {@code pageChanges} are guarded by {@link #stores}.
   */
  private static final class Flight {
    final CompletableFuture<ReadyResponse> result = new CompletableFuture<>();
    boolean storable = true;

    /**
     * For a list page: the article changes that came while it loaded, each as the pages it can
     * affect. The page is kept only if none of them affects what it turned out to show: a change
     * that cannot affect it gives the same page whether the load read before or after it.
     */
    final List<Predicate<Page>> pageChanges = new ArrayList<>();

    boolean keeps(Page page) {
      if (!storable) {
        return false;
      }
      for (Predicate<Page> change : pageChanges) {
        if (change.test(page)) {
          return false;
        }
      }
      return true;
    }
  }

  private final Cache<String, Entry> entries;

  /**
   * The keys held, sorted, so that evictions by prefix visit only their keys, each with the entry
   * put last: the size bound's eviction of an older entry then never removes the key of a newer one
   * put meanwhile, which no eviction by prefix could reach any more.
   */
  private final ConcurrentSkipListMap<String, Entry> keys = new ConcurrentSkipListMap<>();

  private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

  /** Held by every eviction and every put, so that a check-then-put is one step. */
  private final Object stores = new Object();

  /** Bumped by every eviction, under {@link #stores}: what {@link #store} checks. */
  private volatile long generation;

  private final Clock clock;

  /**
   * Where misses load: a few threads, and a bounded queue for the misses waiting their turn. A
   * flood of reads of documents not in memory (a crawler, a cold start) then takes a few database
   * connections and a share of the CPU, not all of them, and publishing stays fast meanwhile.
   */
  private final ThreadPoolExecutor loaders;

  /** Beyond this many distinct misses waiting, more are refused with 503 and Retry-After. */
  static final int MAX_WAITING_LOADS = 2_000;

  /** Where an article stands in the lists now; empty when that cannot be read. */
  private final Function<String, Optional<Listing>> listings;

  @Inject
  DeliveryCache(
      ContentConfig config, MeterRegistry registry, Clock clock, PublishedContent content) {
    this(config, registry, clock, slug -> Optional.of(content.listing(slug)));
  }

  /** A cache that cannot tell where articles stand: every change drops every list page. */
  DeliveryCache(ContentConfig config, MeterRegistry registry, Clock clock) {
    this(config, registry, clock, slug -> Optional.empty());
  }

  DeliveryCache(
      ContentConfig config,
      MeterRegistry registry,
      Clock clock,
      Function<String, Optional<Listing>> listings) {
    this.clock = clock;
    this.listings = listings;
    int threads = config.delivery().cache().loadThreads();
    AtomicInteger numbers = new AtomicInteger();
    this.loaders =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING_LOADS),
            task -> {
              Thread thread = new Thread(task, "delivery-load-" + numbers.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(config.delivery().cache().maxBytes())
            .weigher((String key, Entry value) -> value.weight())
            .evictionListener(
                (String key, Entry value, com.github.benmanes.caffeine.cache.RemovalCause cause) ->
                    evicted(key, value))
            .recordStats()
            // Upkeep (the access order, evictions) on the thread that reads or writes: a hit on
            // the event loop would otherwise hand the common pool a task and wake a thread for it.
            .executor(Runnable::run)
            .build();
    CaffeineCacheMetrics.monitor(registry, entries, "delivery");
    Gauge.builder("content.delivery.cache.waiting.loads", loaders, l -> l.getQueue().size())
        .description("Misses waiting for a load thread")
        .register(registry);
  }

  @PreDestroy
  void stop() {
    loaders.shutdownNow();
  }

  /**
   * The cached response for the key, or the loader's result (loaded off the event loop, once for
   * all the requests that miss the key meanwhile).
   */
  Uni<ReadyResponse> lookup(String key, Supplier<ReadyResponse> loader) {
    return lookupPage(key, () -> new Loaded(loader.get(), null));
  }

  /**
   * As {@link #lookup}, for a caller that has just found nothing {@link #fresh} for the key: it
   * loads (or joins the load in flight) without looking again, which would count a second miss.
   */
  Uni<ReadyResponse> load(String key, Supplier<ReadyResponse> loader) {
    return join(key, () -> new Loaded(loader.get(), null));
  }

  /** As {@link #lookup}, for a list page that says what it shows. */
  Uni<ReadyResponse> lookupPage(String key, Supplier<Loaded> loader) {
    ReadyResponse hit = fresh(key);
    if (hit != null) {
      return Uni.createFrom().item(hit);
    }
    return join(key, loader);
  }

  /** Starts the load of the key, or joins the one in flight. */
  private Uni<ReadyResponse> join(String key, Supplier<Loaded> loader) {
    Flight flight = new Flight();
    Flight running = flights.putIfAbsent(key, flight);
    if (running == null) {
      running = flight;
      try {
        loaders.execute(() -> fly(key, flight, loader));
      } catch (RejectedExecutionException full) {
        flights.remove(key, flight);
        flight.result.completeExceptionally(
            ApiProblem.unavailable(
                "Too many reads of documents that are not in memory are waiting; retry shortly."));
      }
    }
    // A copy each, so that a request that goes away cancels nothing the others wait for.
    CompletableFuture<ReadyResponse> result = running.result.copy();
    return Uni.createFrom().completionStage(result);
  }

  private void fly(String key, Flight flight, Supplier<Loaded> loader) {
    Loaded loaded;
    try {
      loaded = loader.get();
    } catch (Throwable e) {
      flights.remove(key, flight);
      flight.result.completeExceptionally(e);
      return;
    }
    synchronized (stores) {
      if (flight.keeps(loaded.page())) {
        put(key, new Entry(loaded.delivered(), loaded.page()));
      }
      flights.remove(key, flight);
    }
    flight.result.complete(loaded.delivered());
  }

  /** The response the cache may serve for the key now; null when it holds none or it expired. */
  ReadyResponse fresh(String key) {
    Entry entry = entries.getIfPresent(key);
    if (entry == null) {
      return null;
    }
    ReadyResponse hit = entry.delivered();
    return hit.expiresAt() == null || clock.instant().isBefore(hit.expiresAt()) ? hit : null;
  }

  /** What the cache holds for the key now, expired or not; null when nothing. */
  ReadyResponse held(String key) {
    Entry entry = entries.getIfPresent(key);
    return entry == null ? null : entry.delivered();
  }

  /** The number of evictions so far: what a load notes before it reads. */
  long generation() {
    return generation;
  }

  /**
   * Keeps what a load read, unless any eviction happened since it started ({@code loadStartedAt}).
   * Returns whether it was kept.
   */
  boolean store(String key, ReadyResponse loaded, long loadStartedAt) {
    synchronized (stores) {
      if (generation != loadStartedAt) {
        return false;
      }
      put(key, new Entry(loaded, null));
      return true;
    }
  }

  /** How many loads are running now: for tests. */
  int loading() {
    return flights.size();
  }

  private void put(String key, Entry entry) {
    keys.put(key, entry);
    entries.put(key, entry);
  }

  /** The size bound pushed the entry out: its key goes, unless a newer entry holds it now. */
  void evicted(String key, Object entry) {
    keys.remove(key, entry);
  }

  /** The entry the key index holds for the key (for tests), or null. */
  Object indexed(String key) {
    return keys.get(key);
  }

  /**
   * Drops what a change to the article can make stale: its current views, history and versions (a
   * redaction takes versions down, and the notification names only the article), the list pages and
   * product pages that show it or that it now belongs on, the change feed, and every citation
   * (whether a citation is public depends on what is live).
   */
  public void evictArticle(String slug) {
    Optional<Listing> listing;
    try {
      listing = listings.apply(slug);
    } catch (RuntimeException e) {
      LOG.debugf("Where %s stands could not be read (%s): dropping every list page", slug, e);
      listing = Optional.empty();
    }
    evictArticle(slug, listing);
  }

  /**
   * As {@link #evictArticle(String)}, with where the article stands now; empty when unknown, which
   * drops every list page.
   */
  void evictArticle(String slug, Optional<Listing> listing) {
    Predicate<Page> affected =
        listing.<Predicate<Page>>map(now -> page -> affects(slug, now, page)).orElse(page -> true);
    synchronized (stores) {
      generation++;
      evictExact(ARTICLE + slug, LINKED_DATA + slug);
      evictPrefixes(
          SECTION + slug + "|",
          CITATIONS + slug + "|",
          VERSIONS + slug + "|",
          VERSION + slug + "|",
          FEED,
          CITATION);
      evictPages(LIST, affected);
      evictPages(PRODUCT_ARTICLES, affected);
      // A page still loading cannot say yet what it shows: later requests load it anew, and it is
      // kept only if the change turns out not to affect it (see Flight#keeps). Publishes come many
      // times a second under load; throwing every list load away on each one left list reads
      // loading again and again.
      flights.forEach(
          (key, flight) -> {
            if (key.startsWith(LIST) || key.startsWith(PRODUCT_ARTICLES)) {
              flight.pageChanges.add(affected);
              flights.remove(key, flight);
            }
          });
      String[] slugKeys = {
        SECTION + slug + "|", CITATIONS + slug + "|", VERSIONS + slug + "|", VERSION + slug + "|"
      };
      String article = ARTICLE + slug;
      String linkedData = LINKED_DATA + slug;
      landNone(
          key ->
              key.equals(article)
                  || key.equals(linkedData)
                  || key.startsWith(FEED)
                  || key.startsWith(CITATION)
                  || startsWithAny(key, slugKeys));
    }
  }

  /** Whether a change to the article, which now stands at {@code now}, can change the page. */
  static boolean affects(String slug, Listing now, Page page) {
    if (page == null || page.slugs().contains(slug)) {
      return true;
    }
    if (!now.live()) {
      return false;
    }
    boolean matches =
        (page.topic() == null || now.topics().contains(page.topic()))
            && (page.sku() == null || now.skus().contains(page.sku()))
            && (page.locale() == null || page.locale().equals(now.locale()));
    if (!matches) {
      return false;
    }
    Instant at = now.firstPublishedAt();
    return (page.after() == null || at.isBefore(page.after().plus(CURSOR_SLACK)))
        && (page.last() == null || at.isAfter(page.last().minus(CURSOR_SLACK)));
  }

  /** Drops the product's own view. */
  public void evictProduct(String sku) {
    synchronized (stores) {
      generation++;
      String product = PRODUCT + sku;
      evictExact(product);
      landNone(product::equals);
    }
  }

  /**
   * Drops the citation in both of its representations, and the safety notes and products, which
   * show their sources as the catalogue holds them now.
   */
  public void evictCitation(String citationKey) {
    String citation = CITATION + citationKey + "|";
    evictByPrefixes(citation, SAFETY_NOTE, PRODUCT);
  }

  /** Drops the note and every product, since a product shows the notes on its ingredient. */
  public void evictSafetyNote(String noteKey) {
    synchronized (stores) {
      generation++;
      String note = SAFETY_NOTE + noteKey;
      evictExact(note);
      evictPrefixes(PRODUCT);
      landNone(key -> key.equals(note) || key.startsWith(PRODUCT));
    }
  }

  /** Drops every product, citation and safety note: for when announcements may have been missed. */
  public void evictCatalog() {
    evictByPrefixes(PRODUCT, CITATION, SAFETY_NOTE);
  }

  /** Drops everything that can change; version entries stay. */
  public void evictAllCurrent() {
    synchronized (stores) {
      generation++;
      for (String key : keys.keySet()) {
        if (!key.startsWith(VERSION)) {
          remove(key);
        }
      }
      landNone(key -> !key.startsWith(VERSION));
    }
  }

  private void evictByPrefixes(String... prefixes) {
    synchronized (stores) {
      generation++;
      evictPrefixes(prefixes);
      landNone(key -> startsWithAny(key, prefixes));
    }
  }

  // The helpers below run under the lock of stores.

  private void evictExact(String... exact) {
    for (String key : exact) {
      remove(key);
    }
  }

  private void evictPrefixes(String... prefixes) {
    for (String prefix : prefixes) {
      for (String key : keys.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
        remove(key);
      }
    }
  }

  private void evictPages(String prefix, Predicate<Page> affected) {
    for (String key : keys.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
      Entry entry = entries.policy().getIfPresentQuietly(key);
      if (entry == null || affected.test(entry.page())) {
        remove(key);
      }
    }
  }

  private void remove(String key) {
    entries.invalidate(key);
    keys.remove(key);
  }

  /** Loads in flight for matching keys keep no result, and later requests load anew. */
  private void landNone(Predicate<String> stale) {
    flights.forEach(
        (key, flight) -> {
          if (stale.test(key)) {
            flight.storable = false;
            flights.remove(key, flight);
          }
        });
  }

  private static boolean startsWithAny(String key, String... prefixes) {
    for (String prefix : prefixes) {
      if (key.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  void onLocalChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    evictArticle(change.slug());
  }

  /** The page's slugs, for {@link Page}. */
  static Set<String> slugs(List<String> slugs) {
    return Set.copyOf(slugs);
  }
}
