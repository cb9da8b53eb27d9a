package com.renovare.content.platform.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's own settings, under the {@code content.} prefix of application.properties. Ranges
 * are checked by {@link ConfigRanges} at start rather than by Bean Validation annotations here: one
 * such annotation makes Quarkus build a Hibernate Validator for every configuration class it has
 * (about 180) before anything else starts, which cost a fifth of the start-up.
 */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

  /**
   * Secret of the first admin token (environment variable CONTENT_ADMIN_TOKEN), stored hashed at
   * start. Without it nobody can create editorial tokens.
   */
  Optional<String> adminToken();

  /** The content bundle published on start. */
  Seed seed();

  /** The public read API. */
  Delivery delivery();

  /** The job that fires scheduled publishes. */
  Scheduler scheduler();

  /** Partner API keys and the rate limits of the delivery API. */
  Partners partners();

  /** Webhook deliveries. */
  Webhooks webhooks();

  /** The health-claim rules of each market. */
  Compliance compliance();

  /** How the service watches its database, for readiness and for serving through an outage. */
  Database database();

  /** The editorial API's request budgets. */
  Editorial editorial();

  interface Editorial {
    /** Budgets per editorial token and for failed sign-ins per client address. */
    EditorialLimits limits();
  }

  interface EditorialLimits {
    /** Requests one token may make per window. */
    @WithDefault("600")
    long requests();

    /** The window's length; windows are aligned to the clock. */
    @WithDefault("1m")
    Duration window();

    /**
     * Requests with a wrong token one client address may make per window; past that its wrong
     * tokens are answered 429, so guessing tokens is slow. Valid tokens from the address still
     * pass.
     */
    @WithDefault("30")
    long failedAuthRequests();

    /** The window of the failed-auth budget. */
    @WithDefault("1m")
    Duration failedAuthWindow();
  }

  interface Database {
    /**
     * How often the database is probed. An outage is known at the latest this long after it starts
     * (sooner when a request fails to connect first), and its end this long after it ends.
     */
    @WithDefault("1s")
    String probeEvery();

    /** How long one probe waits for the database to answer before calling it unreachable. */
    @WithDefault("2s")
    Duration probeTimeout();
  }

  interface Compliance {
    /**
     * Rules by market, keyed by ISO 3166-1 alpha-2 code (e.g. {@code US}). An article is checked
     * against the market of its locale's region; a market with no entry has no rules.
     */
    Map<String, Market> markets();
  }

  interface Market {
    /**
     * {@code warn}: publish and keep the report with the version for editors; {@code block}: refuse
     * to publish (422 with the report) while there are findings.
     */
    @WithDefault("warn")
    CompliancePolicy policy();

    /** The disclaimer that claims of some kinds must carry in this market, if any. */
    Optional<MarketDisclaimer> disclaimer();
  }

  /** What a market's findings do to a publish. */
  enum CompliancePolicy {
    WARN,
    BLOCK
  }

  interface MarketDisclaimer {
    /** Stable key of the disclaimer in delivered documents; claims refer to it. */
    String key();

    /** The claim kinds that need the disclaimer (e.g. structure_function, mechanism). */
    List<String> claimKinds();

    /** The text when one claim needs it. */
    String singular();

    /** The text when several claims need it. */
    String plural();

    /** The mark shown after each claim that links it to the disclaimer. */
    @WithDefault("*")
    String marker();
  }

  /** The scheduled check of the web pages citations point to. */
  LinkCheck linkCheck();

  /** Imports of legacy blog posts as drafts (POST /v1/editorial/imports). */
  Imports imports();

  interface Imports {
    /** The locale of an imported draft when the request names none. */
    @WithDefault("en-US")
    String defaultLocale();

    /**
     * At most this many report entries are returned; a last entry says how many more were left out.
     * A badly broken post would otherwise answer with a report larger than the post.
     */
    @WithDefault("200")
    int maxReportEntries();
  }

  interface LinkCheck {
    /**
     * Whether the job runs on its schedule. A direct call of the checker (as the tests make) still
     * checks when this is off.
     */
    @WithDefault("true")
    boolean enabled();

    /** How often the job looks for sources that are due (e.g. 1h). */
    @WithDefault("1h")
    String every();

    /**
     * How old a source's last check must be before it is checked again. A citation whose URL
     * changed is checked at the next run whatever its age.
     */
    @WithDefault("24h")
    Duration recheckAfter();

    /**
     * Deadline of one check in all: connecting, the response's headers and reading its body, on
     * every redirect hop together.
     */
    @WithDefault("10s")
    Duration timeout();

    /** Requests in flight at once, per instance. */
    @WithDefault("4")
    int concurrency();

    /** Redirects followed before the source counts as broken. */
    @WithDefault("5")
    int maxRedirects();

    /** Bytes of a response body read and hashed; the rest is not fetched. */
    @WithDefault("2M")
    MemorySize maxBody();

    /**
     * Addresses cited URLs (and their redirect targets) may resolve to although they are loopback,
     * private or link-local: IP addresses or CIDR ranges. Empty in production.
     */
    Optional<List<String>> allowAddresses();
  }

  interface Partners {
    /** Whether the delivery API answers requests without an API key (at the anonymous tier). */
    @WithDefault("true")
    boolean anonymousReads();

    /** The tier of requests without a key, limited per client address. */
    @WithDefault("anonymous")
    String anonymousTier();

    /** The tier a new key gets when the admin names none. */
    @WithDefault("standard")
    String defaultTier();

    /** Rate-limit tiers by name: each allows {@code requests} per {@code window}. */
    Map<String, Tier> tiers();

    /** How often an instance reloads keys issued or revoked on other instances. */
    @WithDefault("5s")
    String refreshEvery();

    /** Whether rate limits apply at all (for a gateway that enforces them instead). */
    @WithDefault("true")
    boolean rateLimits();
  }

  interface Tier {
    /** Requests allowed in each window; every request counts, revalidations answered 304 too. */
    long requests();

    /** The window's length; windows are aligned to the clock (a 1m window resets each minute). */
    Duration window();
  }

  interface Webhooks {
    /**
     * Addresses webhook targets may resolve to although they are loopback, private or link-local:
     * IP addresses or CIDR ranges (e.g. 127.0.0.1 or 10.1.0.0/16). Empty in production.
     */
    Optional<List<String>> allowAddresses();

    /** How often the worker looks for due deliveries. */
    @WithDefault("2s")
    String workerEvery();

    /**
     * Deadline of one attempt in all: connecting, the answer and every redirect hop. A receiver
     * that stalls is cut off when it passes.
     */
    @WithDefault("10s")
    Duration timeout();

    /** The first retry waits about this long; each later one about twice as long. */
    @WithDefault("30s")
    Duration firstRetryAfter();

    /** No wait between retries is longer than this. */
    @WithDefault("4h")
    Duration longestRetryInterval();

    /** Retrying stops (the delivery is marked failed) once the event is older than this. */
    @WithDefault("26h")
    Duration giveUpAfter();

    /** Deliveries this instance sends at once, at most (each on its own sending thread). */
    @WithDefault("20")
    int batchSize();
  }

  interface Scheduler {
    /** How often due scheduled publishes are looked for (e.g. 5s). */
    @WithDefault("5s")
    String every();

    /** How long after start the first look happens, so publishes due during downtime fire. */
    @WithDefault("1s")
    String firstRunAfter();
  }

  interface Seed {
    /**
     * Publish the bundled seed content (the Vitamin K2-7 article, its sources and sample products)
     * on start when it is not there yet. Starting again never re-publishes it.
     */
    @WithDefault("true")
    boolean enabled();
  }

  interface Delivery {
    /** HTTP caching of current documents; version URLs are always cached for a year. */
    Caching caching();

    /** The in-process cache of ready-to-send responses. */
    Cache cache();

    /** How instances learn of each other's publishes. */
    Coherence coherence();

    /** Which browser origins (storefronts) may read the delivery API. */
    Cors cors();
  }

  interface Cors {
    /**
     * Exact origins ({@code scheme://host[:port]}) whose pages may read delivery answers. Empty: no
     * CORS at all. Editorial paths never answer CORS, whatever is listed here.
     */
    Optional<List<String>> origins();

    /** How long a browser may keep a preflight answer. */
    @WithDefault("1h")
    Duration maxAge();
  }

  interface Cache {
    /** Upper bound of the bytes the cache holds (bodies and their gzip forms). */
    @WithDefault("67108864")
    long maxBytes();

    /**
     * How many misses load from the database at once; the others wait their turn. Kept well below
     * the connection pool, so that editorial writes never queue for a connection behind a flood of
     * reads of documents not in memory.
     */
    @WithDefault("4")
    int loadThreads();
  }

  interface Coherence {
    /**
     * How often an instance checks the change log for publishes it was not notified of: the safety
     * net under PostgreSQL LISTEN/NOTIFY (and the only mechanism on H2).
     */
    @WithDefault("2s")
    String checkEvery();
  }

  interface Caching {
    /** How long browsers and CDNs may serve a current document without asking again. */
    @WithDefault("60s")
    Duration maxAge();

    /**
     * How long a cache may serve a stale current document while it revalidates in the background.
     */
    @WithDefault("5m")
    Duration staleWhileRevalidate();

    /** How long a cache may serve a stale document when this service answers with an error. */
    @WithDefault("1d")
    Duration staleIfError();
  }
}
