package com.renovare.content.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than quarkus.http.limits.max-body-size before it is read, with a
 * problem+json 413. (The HTTP layer would refuse it too, but with an empty body.)
 */
@Singleton
public class BodyLimit {

  private final long maxBytes;
  private final ObjectMapper mapper;

  BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      ObjectMapper mapper) {
    this.maxBytes = maxBodySize.asLongValue();
    this.mapper = mapper;
  }

  void register(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader("Content-Length");
              if (length != null && tooLarge(length)) {
                String path = ctx.request().path();
                ctx.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(
                        write(
                            new Problem(
                                "/problems/payload-too-large",
                                "Payload Too Large",
                                413,
                                "The request body is larger than the "
                                    + (maxBytes / (1024 * 1024))
                                    + " MB this API accepts.",
                                path,
                                null)));
              } else {
                ctx.next();
              }
            });
  }

  private boolean tooLarge(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String write(Problem problem) {
    try {
      return mapper.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
