package com.renovare.content.access;

import com.renovare.content.audit.Actor;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by {@link BearerAuthentication}. */
@RequestScoped
public class CurrentActor {

  private Actor actor;

  void set(Actor actor) {
    this.actor = actor;
  }

  /** The caller; only editorial methods, which require a role, have one. */
  public Actor get() {
    if (actor == null) {
      throw new IllegalStateException("No authenticated caller on this request");
    }
    return actor;
  }
}
