package com.renovare.content.publishing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pending scheduled publishes. */
@ApplicationScoped
class PublishScheduleRepository implements PanacheRepositoryBase<PublishSchedule, UUID> {

  /** Ids of schedules that are due and have not failed, oldest first. */
  List<UUID> due(Instant now, int max) {
    return find("publishAt <= ?1 and lastError is null", Sort.ascending("publishAt"), now)
        .page(0, max)
        .list()
        .stream()
        .map(PublishSchedule::articleId)
        .toList();
  }

  /** The schedule, locked; empty if it is gone or another instance holds it. */
  Optional<PublishSchedule> claim(UUID articleId) {
    return find("articleId", articleId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .withHint("jakarta.persistence.lock.timeout", -2)
        .firstResultOptional();
  }
}
