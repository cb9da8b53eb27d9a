package com.renovare.content.platform.database;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/**
 * Skips a scheduled job while the application is not running or the database is known to be
 * unreachable. Jobs that need the database would only fail and log the same error every few
 * seconds; the probe in {@link DatabaseStatus} ends the outage, and the next run catches up.
 */
@Singleton
public class DatabaseUnreachable implements Scheduled.SkipPredicate {

  private final Scheduled.ApplicationNotRunning notRunning;
  private final DatabaseStatus database;

  DatabaseUnreachable(Scheduled.ApplicationNotRunning notRunning, DatabaseStatus database) {
    this.notRunning = notRunning;
    this.database = database;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return notRunning.test(execution) || !database.reachable();
  }
}
