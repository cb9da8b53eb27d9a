package com.renovare.content.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for an application process to get somewhere in its own time. */
final class Poll {

  private Poll() {}

  /**
   * Asks every 20 ms until the condition holds and returns the {@link System#nanoTime()} at which
   * it first did; fails saying what did not happen. A condition that fails an assertion has not
   * held yet.
   */
  static long until(Duration within, String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (holds(condition)) {
        return System.nanoTime();
      }
      Thread.sleep(20);
    }
    throw new AssertionError(what + " did not happen within " + within.toSeconds() + " s");
  }

  private static boolean holds(BooleanSupplier condition) {
    try {
      return condition.getAsBoolean();
    } catch (AssertionError notYet) {
      return false;
    }
  }
}
