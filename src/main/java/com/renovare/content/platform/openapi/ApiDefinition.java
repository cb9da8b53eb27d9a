package com.renovare.content.platform.openapi;

/**
 * Names of the shared parts of the contract that openapi/components/shared.yaml describes
 * (parameters, responses, the bearer scheme), for resources and filters to reference, and the
 * lengths of the URLs the API links to.
 */
public final class ApiDefinition {

  private ApiDefinition() {}

  /** Longest {@code /v1/articles/{slug}/versions/{n}}: a 120-character slug and a 10-digit n. */
  public static final int VERSION_URL_MAX = 160;

  /** Longest other URL the API links to: a version URL with a suffix such as /sections/{key}. */
  public static final int URL_MAX = 300;

  public static final String LIMIT = "limit";
  public static final String CURSOR = "cursor";
  public static final String SLUG = "slug";
  public static final String VERSION = "version";
  public static final String ARTICLE_ID = "id";
  public static final String IF_MATCH = "If-Match";
  public static final String CACHE_CONTROL_CURRENT = "CacheControlCurrent";
  public static final String BEARER = "bearer";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_ACCEPTABLE = "NotAcceptable";
  public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  public static final String UNAVAILABLE = "Unavailable";
}
