package com.renovare.content.audit;

import com.renovare.content.access.Role;
import java.util.UUID;

/** Who does a write: the token's id (absent for the system itself) and its name, for the record. */
public record Actor(UUID tokenId, String name, Role role) {

  /** The service acting on its own, for example firing a scheduled publish. */
  public static Actor system(String name) {
    return new Actor(null, name, Role.ADMIN);
  }
}
