package com.renovare.content.access;

import java.util.Locale;
import java.util.Optional;

/** What a token may do. Each role includes everything the roles before it may do. */
public enum Role {
  /** Drafts and citations; reads product master data. Nothing an editor does is public. */
  EDITOR,
  /**
   * Also publish, unpublish, schedule and revert, and write product master data (the commerce
   * sync): a product change re-publishes every live article that links the product.
   */
  PUBLISHER,
  /** Also tokens, webhooks, partner keys, the audit log and redaction of published versions. */
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
