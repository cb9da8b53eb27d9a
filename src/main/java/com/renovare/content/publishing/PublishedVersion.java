package com.renovare.content.publishing;

import java.time.Instant;
import java.util.UUID;

/** What a successful publish created. */
public record PublishedVersion(
    UUID articleId, String slug, int version, String etag, Instant publishedAt) {}
