package com.renovare.content.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.renovare.content.platform.http.ETags;
import org.junit.jupiter.api.Test;

class ETagsTest {

  private static final String TAG = "\"v2-abc\"";

  @Test
  void ifNoneMatchAcceptsTheTagInAListWeakOrStar() {
    assertTrue(ETags.matches(TAG, TAG));
    assertTrue(ETags.matches("\"other\", \"v2-abc\"", TAG));
    assertTrue(ETags.matches("W/\"v2-abc\"", TAG));
    assertTrue(ETags.matches("*", TAG));
  }

  @Test
  void ifNoneMatchRefusesOtherOrMissingTags() {
    assertFalse(ETags.matches(null, TAG));
    assertFalse(ETags.matches("", TAG));
    assertFalse(ETags.matches("\"v1-abc\"", TAG));
    assertFalse(ETags.matches("v2-abc", TAG));
  }
}
