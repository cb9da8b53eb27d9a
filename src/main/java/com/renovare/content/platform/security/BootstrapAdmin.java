package com.renovare.content.platform.security;

import com.renovare.content.platform.config.ContentConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Turns CONTENT_ADMIN_TOKEN into the first admin token at start, and says so when it is absent. */
@Singleton
class BootstrapAdmin {

  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

  /** 32 characters of a random token carry well over the 128 bits that make guessing hopeless. */
  static final int MIN_LENGTH = 32;

  private final ContentConfig config;
  private final Tokens tokens;

  BootstrapAdmin(ContentConfig config, Tokens tokens) {
    this.config = config;
    this.tokens = tokens;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    Optional<String> secret = config.adminToken().map(String::strip).filter(s -> !s.isEmpty());
    if (secret.isPresent() && secret.get().length() < MIN_LENGTH) {
      LOG.errorf(
          "CONTENT_ADMIN_TOKEN is shorter than %d characters and was ignored: use a random"
              + " secret such as the output of `openssl rand -base64 32`.",
          MIN_LENGTH);
      secret = Optional.empty();
    }
    tokens.applyBootstrap(secret);
    if (secret.isEmpty()) {
      LOG.warn(
          "CONTENT_ADMIN_TOKEN is not set: there is no admin token, so no editorial tokens can be"
              + " created and the editorial API is unusable until it is set (only tokens issued"
              + " earlier still work).");
    } else {
      LOG.info("Admin token from CONTENT_ADMIN_TOKEN is active");
    }
  }
}
