package com.renovare.content.citation.link;

import com.renovare.content.platform.config.ContentConfig;
import com.renovare.content.platform.database.DatabaseUnreachable;
import com.renovare.content.platform.net.AddressPolicy;
import com.renovare.content.platform.net.OutboundHttp;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Checks the URLs of web citations on a schedule: each run claims the sources that are due (never
 * checked, checked longer than {@code content.link-check.recheck-after} ago, or whose URL an editor
 * changed), fetches them a few at a time and records status, final URL, content hash and, for a
 * broken one, why. Claims are leased in the database, so several instances can run the job at once
 * without fetching the same source twice; a claim left by a crashed instance is taken again once
 * its lease runs out.
 */
@ApplicationScoped
public class LinkChecker {

  private static final Logger LOG = Logger.getLogger(LinkChecker.class);

  private final LinkStore store;
  private final CitationLinks links;
  private final Clock clock;
  private final ContentConfig.LinkCheck config;
  private final LinkFetcher fetcher;

  LinkChecker(LinkStore store, CitationLinks links, Clock clock, ContentConfig config) {
    this.store = store;
    this.links = links;
    this.clock = clock;
    this.config = config.linkCheck();
    this.fetcher =
        new LinkFetcher(
            new OutboundHttp(
                new AddressPolicy(
                    "content.link-check.allow-addresses",
                    "be checked",
                    this.config.allowAddresses().orElse(List.of())),
                OutboundHttp.Resolver.SYSTEM,
                this.config.timeout(),
                this.config.concurrency()),
            this.config.maxRedirects(),
            (int) Math.min(Integer.MAX_VALUE - 8, this.config.maxBody().asLongValue()));
  }

  @Scheduled(
      identity = "citation-link-check",
      every = "${content.link-check.every:1h}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseUnreachable.class)
  void scheduled() {
    if (!config.enabled()) {
      return;
    }
    try {
      int checked = runOnce();
      if (checked > 0) {
        LOG.infof("Citation link check: %d sources checked", checked);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Citation link check stopped (the database may be away): %s", e.getMessage());
    }
  }

  /**
   * Checks every source that is due now, {@code concurrency} at a time, and returns how many were
   * checked. Sources another instance is checking are left to it.
   */
  public int runOnce() {
    Instant started = clock.instant();
    Instant checkedBefore = started.minus(config.recheckAfter());
    store.addNewSources();
    int checked = 0;
    ExecutorService pool = pool();
    try {
      while (true) {
        Instant now = clock.instant();
        List<LinkStore.Claim> batch =
            store.claimDue(now, checkedBefore, leaseUntil(now), config.concurrency());
        if (batch.isEmpty()) {
          return checked;
        }
        checkAll(batch, pool);
        checked += batch.size();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Checks one citation's URL now, however recently it was checked, and returns what was found.
   * Empty when the citation has no URL or another instance is checking it at this moment.
   */
  public Optional<LinkHealth> checkNow(String citationKey) {
    store.addNewSources();
    Instant now = clock.instant();
    List<LinkStore.Claim> claims = store.claim(citationKey, now, leaseUntil(now));
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    for (LinkStore.Claim claim : claims) {
      check(claim);
    }
    return links.of(citationKey);
  }

  private void checkAll(List<LinkStore.Claim> batch, ExecutorService pool) {
    List<Future<?>> running = new ArrayList<>();
    for (LinkStore.Claim claim : batch) {
      running.add(pool.submit(() -> check(claim)));
    }
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while checking citation links", e);
      } catch (java.util.concurrent.ExecutionException e) {
        LOG.warnf(e.getCause(), "A citation link check failed");
      }
    }
  }

  private void check(LinkStore.Claim claim) {
    LinkFetcher.Outcome outcome;
    try {
      outcome = fetcher.fetch(claim.url());
    } catch (RuntimeException e) {
      LOG.warnf(e, "Checking the link of citation %s failed", claim.citationKey());
      store.release(claim);
      return;
    }
    try {
      store.record(claim, outcome, clock.instant());
    } catch (RuntimeException e) {
      // The lease runs out and a later run checks the source again.
      LOG.warnf("Link health of citation %s not recorded: %s", claim.citationKey(), e.getMessage());
    }
  }

  /**
   * Longer than one check can take (its deadline covers every hop, connecting, the answer and the
   * body) plus a margin for recording, so a lease never ends while its source is being fetched.
   */
  private Instant leaseUntil(Instant now) {
    return now.plus(config.timeout()).plusSeconds(60);
  }

  private ExecutorService pool() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread thread = new Thread(task, "citation-link-check-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return Executors.newFixedThreadPool(config.concurrency(), threads);
  }
}
