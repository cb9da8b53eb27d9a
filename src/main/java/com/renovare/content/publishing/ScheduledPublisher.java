package com.renovare.content.publishing;

import com.renovare.content.platform.database.DatabaseUnreachable;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Fires scheduled publishes that are due. Schedules live in the database and this job keeps no
 * state of its own, so a publish due while the service was down fires at the first run after it
 * starts, and with several instances each schedule fires exactly once.
 */
@Singleton
class ScheduledPublisher {

  private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);
  private static final int BATCH = 50;

  private final PublishingService publishing;

  ScheduledPublisher(PublishingService publishing) {
    this.publishing = publishing;
  }

  @Scheduled(
      identity = "scheduled-publishes",
      every = "${content.scheduler.every:5s}",
      delayed = "${content.scheduler.first-run-after:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseUnreachable.class)
  void fireDue() {
    for (UUID articleId : publishing.dueSchedules(BATCH)) {
      try {
        publishing.fireSchedule(articleId);
      } catch (RuntimeException e) {
        LOG.errorf(e, "Scheduled publish of article %s failed; it will be tried again", articleId);
      }
    }
  }
}
