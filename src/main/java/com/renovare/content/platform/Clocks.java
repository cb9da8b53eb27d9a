package com.renovare.content.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The clock every timestamp comes from. It ticks in milliseconds: the precision clients see in JSON
 * and both databases store exactly, so a time read back equals the time written.
 */
public class Clocks {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.tickMillis(ZoneOffset.UTC);
  }
}
