package com.renovare.content.partner;

import java.time.Instant;
import java.util.UUID;

/** What the delivery path needs to know of a usable key, held in memory. */
record ActiveKey(UUID id, String name, String tier, Instant expiresAt) {

  boolean expiredAt(Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }
}
