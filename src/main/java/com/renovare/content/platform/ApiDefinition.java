package com.renovare.content.platform;

import com.renovare.content.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
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
                    + " /v1/articles/{slug}/versions/{version}, unless an admin redacts it for a"
                    + " legal or medical takedown: its content is then deleted for good and its"
                    + " URL answers 410. Errors are RFC 9457 application/problem+json."),
    tags = {
      @Tag(name = "Articles", description = "Published articles, their versions and sections."),
      @Tag(
          name = "Products",
          description = "Products the retailer carries and the articles that link them."),
      @Tag(name = "Citations", description = "The sources articles rest on."),
      @Tag(
          name = "Editorial",
          description =
              "Drafts, publishing, products, citations, tokens and the audit log. Needs a bearer"
                  + " token; each operation names its role in x-required-role. Responses are"
                  + " never cached.")
    },
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = ApiDefinition.BEARER,
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    description =
                        "A token issued by an admin (POST /v1/editorial/tokens), or the"
                            + " CONTENT_ADMIN_TOKEN the service was started with."),
            parameters = {
              @Parameter(
                  name = ApiDefinition.LIMIT,
                  in = ParameterIn.QUERY,
                  description = "Page size, 1 to 100.",
                  example = "20",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          pattern = "^[0-9]{1,3}$",
                          maxLength = 3,
                          defaultValue = "20")),
              @Parameter(
                  name = ApiDefinition.CURSOR,
                  in = ParameterIn.QUERY,
                  description = "The `next` value of the previous page; omit for the first page.",
                  schema = @Schema(type = SchemaType.STRING, maxLength = 512)),
              @Parameter(
                  name = ApiDefinition.ARTICLE_ID,
                  in = ParameterIn.PATH,
                  required = true,
                  description = "The article's id.",
                  schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)),
              @Parameter(
                  name = ApiDefinition.IF_MATCH,
                  in = ParameterIn.HEADER,
                  required = true,
                  description = "The ETag of the version you read.",
                  schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            },
            headers = {
              @Header(
                  name = ApiDefinition.SURROGATE_KEY,
                  description =
                      "Space-separated keys a CDN can purge by: article:{slug},"
                          + " article:{slug}:v{n}, product:{sku} for each linked product.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          maxLength = ApiDefinition.PURGE_KEYS_MAX,
                          examples =
                              "article:vitamin-k2-mk7 article:vitamin-k2-mk7:v1"
                                  + " product:SAMPLE-K2-MK7-100")),
              @Header(
                  name = ApiDefinition.CACHE_TAG,
                  description = "The same keys as Surrogate-Key, comma-separated.",
                  schema =
                      @Schema(type = SchemaType.STRING, maxLength = ApiDefinition.PURGE_KEYS_MAX)),
              @Header(
                  name = ApiDefinition.VARY,
                  description =
                      "Accept-Encoding: the body is gzip-compressed for clients that accept it"
                          + " (with an ETag ending in .gz). Accept as well on resources served in"
                          + " more than one media type (JSON-LD, CSL-JSON).",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          maxLength = 64,
                          examples = "Accept, Accept-Encoding")),
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
                          // Three configured durations in seconds, each at most 19 digits.
                          maxLength = 128,
                          examples =
                              "public, max-age=60, stale-while-revalidate=300,"
                                  + " stale-if-error=86400")),
              @Header(
                  name = ApiDefinition.CACHE_CONTROL_IMMUTABLE,
                  description = "For version URLs, whose bytes never change.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          enumeration = "public, max-age=31536000, immutable",
                          examples = "public, max-age=31536000, immutable")),
              @Header(
                  name = ApiDefinition.CONTENT_LOCATION,
                  description = "The version URL of the document served.",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          maxLength = ApiDefinition.VERSION_URL_MAX,
                          examples = "/v1/articles/vitamin-k2-mk7/versions/1"))
            },
            responses = {
              @APIResponse(
                  name = ApiDefinition.UNAUTHORIZED,
                  responseCode = "401",
                  description =
                      "No bearer token, or one that is unknown, expired or revoked. Carries WWW-Authenticate.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unauthorized",
                                  value =
                                      "{\"type\":\"/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"This operation needs a bearer token: send 'Authorization: Bearer <token>'.\",\"instance\":\"/v1/editorial/articles\"}"))),
              @APIResponse(
                  name = ApiDefinition.FORBIDDEN,
                  responseCode = "403",
                  description = "The token's role does not include the role this operation needs.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "forbidden",
                                  value =
                                      "{\"type\":\"/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This operation needs the publisher role; the token has the editor role.\",\"instance\":\"/v1/editorial/articles/0b5e8f7e-8a51-4a52-9d1c-2f0f8e3c9a11/publish\"}"))),
              @APIResponse(
                  name = ApiDefinition.CONFLICT,
                  responseCode = "409",
                  description =
                      "The request conflicts with the current state (a slug in use, an article that is not published, a key that exists).",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "conflict",
                                  value =
                                      "{\"type\":\"/problems/conflict\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"Article 0b5e8f7e-8a51-4a52-9d1c-2f0f8e3c9a11 is not published.\",\"instance\":\"/v1/editorial/articles/0b5e8f7e-8a51-4a52-9d1c-2f0f8e3c9a11/unpublish\"}"))),
              @APIResponse(
                  name = ApiDefinition.GONE,
                  responseCode = "410",
                  description =
                      "The article was withdrawn (its past versions stay at its versions URL), or"
                          + " the version was redacted for a legal or medical takedown (the"
                          + " detail says when and why, never what it said). Never cached.",
                  headers =
                      @Header(
                          name = "Cache-Control",
                          description = "A 410 is not to be stored: the article may come back.",
                          schema =
                              @Schema(
                                  type = SchemaType.STRING,
                                  enumeration = "no-store",
                                  examples = "no-store")),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "gone",
                                  value =
                                      "{\"type\":\"/problems/gone\",\"title\":\"Gone\",\"status\":410,\"detail\":\"The article 'vitamin-k2-mk7' was withdrawn. Its past versions stay at /v1/articles/vitamin-k2-mk7/versions.\",\"instance\":\"/v1/articles/vitamin-k2-mk7\"}"))),
              @APIResponse(
                  name = ApiDefinition.PRECONDITION_FAILED,
                  responseCode = "412",
                  description =
                      "If-Match named a version that is no longer current: read again and re-apply the change.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "precondition failed",
                                  value =
                                      "{\"type\":\"/problems/precondition-failed\",\"title\":\"Precondition Failed\",\"status\":412,\"detail\":\"It was changed since you read it: the current ETag is \\\"r4\\\". Read it again and re-apply your change.\",\"instance\":\"/v1/editorial/articles/0b5e8f7e-8a51-4a52-9d1c-2f0f8e3c9a11\"}"))),
              @APIResponse(
                  name = ApiDefinition.PAYLOAD_TOO_LARGE,
                  responseCode = "413",
                  description = "The body is larger than 1 MB.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "payload too large",
                                  value =
                                      "{\"type\":\"/problems/payload-too-large\",\"title\":\"Payload Too Large\",\"status\":413,\"detail\":\"The request body is larger than the 1 MB this API accepts.\",\"instance\":\"/v1/editorial/articles\"}"))),
              @APIResponse(
                  name = ApiDefinition.UNSUPPORTED_MEDIA_TYPE,
                  responseCode = "415",
                  description = "The body is not application/json.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unsupported media type",
                                  value =
                                      "{\"type\":\"/problems/unsupported-media-type\",\"title\":\"Unsupported Media Type\",\"status\":415,\"detail\":\"This media type is not accepted here.\",\"instance\":\"/v1/editorial/articles\"}"))),
              @APIResponse(
                  name = ApiDefinition.PRECONDITION_REQUIRED,
                  responseCode = "428",
                  description = "This write needs If-Match with the ETag you read.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "precondition required",
                                  value =
                                      "{\"type\":\"/problems/precondition-required\",\"title\":\"Precondition Required\",\"status\":428,\"detail\":\"This write needs an If-Match header with the ETag of the version you read.\",\"instance\":\"/v1/editorial/articles/0b5e8f7e-8a51-4a52-9d1c-2f0f8e3c9a11\"}"))),
              @APIResponse(
                  name = ApiDefinition.PUBLISH_REFUSED,
                  responseCode = "422",
                  description =
                      "The publish policy refused the draft; violations list every reason, each"
                          + " as 'code: message' at the field it concerns.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unknown product",
                                  value =
                                      "{\"type\":\"/problems/publish-refused\",\"title\":\"Publish refused\",\"status\":422,\"detail\":\"The draft cannot be published: 1 problem(s) to fix.\",\"instance\":\"/v1/editorial/articles/0b5e8f7e-8a51-4a52-9d1c-2f0f8e3c9a11/publish\",\"violations\":[{\"field\":\"productLinks[0].sku\",\"message\":\"unknown-product: No product has the SKU 'NO-SUCH-SKU'.\"}]}"))),
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
                                          + " is served as application/json (citations also as"
                                          + " application/vnd.citationstyles.csl+json).\","
                                          + "\"instance\":\"/v1/articles\"}"))),
              @APIResponse(
                  name = ApiDefinition.UNAVAILABLE,
                  responseCode = "503",
                  description =
                      "The content store cannot be reached, or too many reads of documents not"
                          + " in memory are waiting; retry after the Retry-After seconds.",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "database down",
                                  value =
                                      "{\"type\":\"/problems/unavailable\",\"title\":\"Service"
                                          + " Unavailable\",\"status\":503,\"detail\":\"Published"
                                          + " content cannot be read right now; try again"
                                          + " shortly.\",\"instance\":\"/v1/articles\"}")))
            }))
public class ApiDefinition extends Application {

  /**
   * Longest purge-key list: the article's two keys (slug of at most 120 characters, version of at
   * most 10 digits) and one {@code product:{sku}} for each of at most 100 products (SKU at most
   * 64).
   */
  public static final int PURGE_KEYS_MAX = 7600;

  /** Longest {@code /v1/articles/{slug}/versions/{n}}: a 120-character slug and a 10-digit n. */
  public static final int VERSION_URL_MAX = 160;

  /** Longest other URL the API links to: a version URL with a suffix such as /sections/{key}. */
  public static final int URL_MAX = 300;

  public static final String LIMIT = "limit";
  public static final String CURSOR = "cursor";
  public static final String ARTICLE_ID = "id";
  public static final String IF_MATCH = "If-Match";
  public static final String ETAG = "ETag";
  public static final String SURROGATE_KEY = "SurrogateKey";
  public static final String CACHE_TAG = "CacheTag";
  public static final String VARY = "Vary";
  public static final String CACHE_CONTROL_CURRENT = "CacheControlCurrent";
  public static final String CACHE_CONTROL_IMMUTABLE = "CacheControlImmutable";
  public static final String CONTENT_LOCATION = "ContentLocation";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String CONFLICT = "Conflict";
  public static final String GONE = "Gone";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
  public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  public static final String PUBLISH_REFUSED = "PublishRefused";
  public static final String BEARER = "bearer";
  public static final String NOT_MODIFIED = "NotModified";
  public static final String BAD_REQUEST = "BadRequest";
  public static final String NOT_FOUND = "NotFound";
  public static final String NOT_ACCEPTABLE = "NotAcceptable";
  public static final String UNAVAILABLE = "Unavailable";
}
