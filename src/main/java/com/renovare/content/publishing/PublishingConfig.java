package com.renovare.content.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of publishing that readers see. */
@ConfigMapping(prefix = "content.publishing")
public interface PublishingConfig {

  /**
   * The organisation's name: the public byline ({@code publishedBy} in a version history) of every
   * version published by a token without a byline of its own, or before bylines existed. Never a
   * token's name.
   */
  @WithDefault("Renovare")
  String organisation();
}
