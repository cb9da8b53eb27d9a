package com.renovare.content.access;

import com.renovare.content.platform.config.ContentConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns CONTENT_ADMIN_TOKEN into the first admin token at start. A value {@link AdminTokenPolicy}
 * refuses stops the start. An instance without the setting leaves the stored token as it is, since
 * all instances share it, and says so loudly.
 */
@Singleton
class BootstrapAdmin {

  private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

  private final ContentConfig config;
  private final Tokens tokens;

  BootstrapAdmin(ContentConfig config, Tokens tokens) {
    this.config = config;
    this.tokens = tokens;
  }

  void onStart(@Observes @Priority(10) StartupEvent event) {
    apply(config.adminToken(), LaunchMode.current());
  }

  void apply(Optional<String> configured, LaunchMode mode) {
    Optional<String> secret;
    try {
      secret = AdminTokenPolicy.secret(configured, mode);
    } catch (AdminTokenPolicy.Refused e) {
      LOG.error(e.getMessage());
      throw e;
    }
    if (secret.isPresent()) {
      tokens.applyBootstrap(secret.get());
      LOG.info("Admin token from CONTENT_ADMIN_TOKEN is active");
    } else if (tokens.bootstrapActive()) {
      LOG.error(
          "CONTENT_ADMIN_TOKEN is not set on this instance. The admin token stored by an earlier"
              + " start or by another instance was left unchanged and still works. Set"
              + " CONTENT_ADMIN_TOKEN to the same secret on every instance; to replace the token,"
              + " set a new secret and restart.");
    } else {
      LOG.error(
          "CONTENT_ADMIN_TOKEN is not set and no admin token is active: no editorial tokens can be"
              + " issued and the editorial API is unusable (only tokens issued earlier still work)"
              + " until CONTENT_ADMIN_TOKEN is set to a random secret, for example the output of"
              + " `openssl rand -base64 32`, and the service restarted.");
    }
  }
}
