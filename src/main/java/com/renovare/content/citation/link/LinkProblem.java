package com.renovare.content.citation.link;

/**
 * Why a checked source counts as broken, in words fit for the public: a small fixed vocabulary that
 * never names a host, an address or a library's message. Editors see the detailed reason ({@link
 * LinkHealth#error()}) in the review queue.
 */
public enum LinkProblem {
  /** No connection: the host does not resolve, refused the connection, or TLS failed. */
  UNREACHABLE("unreachable"),
  /** No complete answer in time. */
  TIMEOUT("timeout"),
  /** The source answered with a 4xx or 5xx status. */
  HTTP_ERROR("http-error"),
  /** Too many redirects, a redirect without a target, or to an invalid one. */
  REDIRECT_ERROR("redirect-error"),
  /** The URL or a redirect leads to an address the checker does not call. */
  REFUSED_ADDRESS("refused-address"),
  /** The URL cannot be requested as written. */
  INVALID_URL("invalid-url");

  private final String value;

  LinkProblem(String value) {
    this.value = value;
  }

  /** The name in JSON and in the database. */
  public String value() {
    return value;
  }

  /** The problem of a stored name; unreachable for one this version does not know. */
  static LinkProblem of(String value) {
    for (LinkProblem problem : values()) {
      if (problem.value.equals(value)) {
        return problem;
      }
    }
    return UNREACHABLE;
  }
}
