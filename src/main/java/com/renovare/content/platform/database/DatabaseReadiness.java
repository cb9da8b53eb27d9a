package com.renovare.content.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness follows the database: DOWN while it cannot be reached, so a load balancer sends new
 * traffic to instances that can write. It reads what {@link DatabaseStatus} last saw and never
 * touches the database itself, so a health request can neither hang nor add load to an outage.
 * Liveness is left alone: the process is fine and restarting it would throw away the cache that
 * keeps delivery serving.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

  private final DatabaseStatus status;

  DatabaseReadiness(DatabaseStatus status) {
    this.status = status;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    return status
        .outage()
        .map(
            outage ->
                response
                    .down()
                    .withData("unreachableSince", outage.since().toString())
                    .withData("reason", outage.reason()))
        .orElseGet(response::up)
        .build();
  }
}
