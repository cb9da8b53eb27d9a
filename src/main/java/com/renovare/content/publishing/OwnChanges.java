package com.renovare.content.publishing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The article changes this instance recorded itself. Its delivery cache drops what they make stale
 * right after their commit; the coherence listener hears them again, by notification and in the
 * change log, and without this would drop the same entries twice more (and with them the copies
 * reloaded meanwhile). A notification is known by the database session that sent it (its backend
 * process id) and the slug, a change-log row by its sequence number. Entries are forgotten after a
 * minute; one kept for a transaction that rolled back names a change that never becomes visible.
 */
@ApplicationScoped
public class OwnChanges {

  private static final Duration KEPT = Duration.ofMinutes(1);

  private final Cache<String, Boolean> notifications =
      Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(100_000).build();
  private final Cache<Long, Boolean> sequence =
      Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(100_000).build();

  /** Notes a change about to be committed by this instance. */
  void recorded(int backendPid, String slug, long seq) {
    notifications.put(backendPid + "|" + slug, Boolean.TRUE);
    sequence.put(seq, Boolean.TRUE);
  }

  /** Whether this instance sent the notification; each one is recognised once. */
  public boolean notifiedHere(int backendPid, String slug) {
    return notifications.asMap().remove(backendPid + "|" + slug) != null;
  }

  /** Whether this instance recorded the change-log row. */
  public boolean recordedHere(long seq) {
    return sequence.asMap().remove(seq) != null;
  }
}
