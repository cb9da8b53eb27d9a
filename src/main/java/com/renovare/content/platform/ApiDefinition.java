package com.renovare.content.platform;

import com.renovare.content.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's description and the error responses every operation shares, referenced by name from the
 * resources so that each is written once.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Renovare content API",
            version = "1.0.0",
            description =
                "Educational articles of a dietary-supplement retailer as versioned, cacheable"
                    + " JSON. Every published version is immutable and stays addressable at"
                    + " /v1/articles/{slug}/versions/{version}. Errors are RFC 9457"
                    + " application/problem+json."),
    tags = {
      @Tag(name = "Articles", description = "Published articles, their versions and sections."),
      @Tag(
          name = "Products",
          description = "Products the retailer carries and the articles that link them."),
      @Tag(name = "Citations", description = "The sources articles rest on.")
    },
    components =
        @Components(
            headers = {
              @Header(
                  name = ApiDefinition.ETAG,
                  description =
                      "Strong entity tag of the body. Send it back in If-None-Match to get 304"
                          + " while it is still current.",
                  schema = @Schema(type = SchemaType.STRING, maxLength = 80)),
              @Header(
                  name = ApiDefinition.CACHE_CONTROL_CURRENT,
                  description =
                      "For content that changes when something is published: a short max-age"
                          + " with stale-while-revalidate and stale-if-error.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          examples =
                              "public, max-age=60, stale-while-revalidate=300,"
                                  + " stale-if-error=86400")),
              @Header(
                  name = ApiDefinition.CACHE_CONTROL_IMMUTABLE,
                  description = "For version URLs, whose bytes never change.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          examples = "public, max-age=31536000, immutable")),
              @Header(
                  name = ApiDefinition.CONTENT_LOCATION,
                  description = "The version URL of the document served.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          examples = "/v1/articles/vitamin-k2-mk7/versions/1"))
            },
            responses = {
              @APIResponse(
                  name = ApiDefinition.NOT_MODIFIED,
                  responseCode = "304",
                  description =
                      "The If-None-Match header named the current ETag: the cached copy is still"
                          + " good. No body."),
              @APIResponse(
                  name = ApiDefinition.BAD_REQUEST,
                  responseCode = "400",
                  description = "A parameter is malformed or out of range; violations name it.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "limit out of range",
                                  value =
                                      "{\"type\":\"/problems/invalid-parameter\",\"title\":\"Invalid"
                                          + " parameter\",\"status\":400,\"detail\":\"The parameter"
                                          + " 'limit' must be a whole number from 1 to"
                                          + " 100.\",\"instance\":\"/v1/articles\",\"violations\":[{\"field\":\"limit\",\"message\":\"must"
                                          + " be a whole number from 1 to 100\"}]}"))),
              @APIResponse(
                  name = ApiDefinition.NOT_FOUND,
                  responseCode = "404",
                  description = "Nothing public has that slug, version, key or SKU.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unknown slug",
                                  value =
                                      "{\"type\":\"/problems/not-found\",\"title\":\"Not"
                                          + " Found\",\"status\":404,\"detail\":\"No published"
                                          + " article has the slug"
                                          + " 'vitamin-k3'.\",\"instance\":\"/v1/articles/vitamin-k3\"}"))),
              @APIResponse(
                  name = ApiDefinition.NOT_ACCEPTABLE,
                  responseCode = "406",
                  description =
                      "The Accept header allows no media type this resource is served in.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "asked for XML",
                                  value =
                                      "{\"type\":\"/problems/not-acceptable\",\"title\":\"Not"
                                          + " Acceptable\",\"status\":406,\"detail\":\"This resource"
                                          + " is served as application/json"
                                          + " only.\",\"instance\":\"/v1/articles\"}"))),
              @APIResponse(
                  name = ApiDefinition.UNAVAILABLE,
                  responseCode = "503",
                  description = "The content store cannot be reached; retry shortly.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "database down",
                                  value =
                                      "{\"type\":\"/problems/unavailable\",\"title\":\"Service"
                                          + " unavailable\",\"status\":503,\"detail\":\"Published"
                                          + " content cannot be read right now; try again"
                                          + " shortly.\",\"instance\":\"/v1/articles\"}")))
            }))
public class ApiDefinition extends Application {

  public static final String ETAG = "ETag";
  public static final String CACHE_CONTROL_CURRENT = "CacheControlCurrent";
  public static final String CACHE_CONTROL_IMMUTABLE = "CacheControlImmutable";
  public static final String CONTENT_LOCATION = "ContentLocation";
  public static final String NOT_MODIFIED = "NotModified";
  public static final String BAD_REQUEST = "BadRequest";
  public static final String NOT_FOUND = "NotFound";
  public static final String NOT_ACCEPTABLE = "NotAcceptable";
  public static final String UNAVAILABLE = "Unavailable";
}
