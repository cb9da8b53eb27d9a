package com.renovare.content.platform.security;

import java.util.Locale;
import java.util.Optional;

/** What a token may do. Each role includes everything the roles before it may do. */
public enum Role {
  /** Drafts, products and citations. */
  EDITOR,
  /** Also publish, unpublish, schedule and revert. */
  PUBLISHER,
  /** Also tokens and the audit log. */
  ADMIN;

  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWire(String name) {
    for (Role role : values()) {
      if (role.wireName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
