package com.renovare.content.publishing;

/** Lets tests in other packages note a change as this instance's own. */
public final class OwnChangesAccess {

  private OwnChangesAccess() {}

  public static void recorded(OwnChanges own, int backendPid, String slug, long seq) {
    own.recorded(backendPid, slug, seq);
  }
}
