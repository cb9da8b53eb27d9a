package com.renovare.content.audit;

import com.renovare.content.platform.paging.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The record of every write. Entries are written in the transaction of the write they describe, so
 * a write and its entry commit or roll back together.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEntry, Long> {

  private final Clock clock;

  AuditLog(Clock clock) {
    this.clock = clock;
  }

  /** One page of entries, newest first, and the cursor of the next. */
  public record Page(List<AuditRecord> items, String next) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Actor actor, String action, String targetType, String targetId, String detail) {
    persist(
        new AuditEntry(
            clock.instant(),
            actor.tokenId(),
            actor.name(),
            action,
            targetType,
            targetId,
            detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000)));
  }

  @Transactional
  public Page page(String rawLimit, String cursor) {
    int limit = Paging.limit(rawLimit);
    List<String> parts = Paging.decodeCursor(cursor, 2);
    long before = Long.MAX_VALUE;
    if (parts != null) {
      if (!parts.get(0).equals("a") || !parts.get(1).matches("[0-9]{1,18}")) {
        throw Paging.invalidCursor();
      }
      before = Long.parseLong(parts.get(1));
    }
    List<AuditRecord> rows =
        find("id < ?1", Sort.descending("id"), before).page(0, limit + 1).list().stream()
            .map(AuditEntry::view)
            .toList();
    List<AuditRecord> page = rows.subList(0, Math.min(limit, rows.size()));
    String next =
        rows.size() > limit
            ? Paging.encodeCursor("a", String.valueOf(page.get(page.size() - 1).id()))
            : null;
    return new Page(page, next);
  }
}
