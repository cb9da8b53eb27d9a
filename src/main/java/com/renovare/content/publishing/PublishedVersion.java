package com.renovare.content.publishing;

import com.renovare.content.compliance.ComplianceReport;
import java.time.Instant;
import java.util.UUID;

/** What a successful publish created. */
public record PublishedVersion(
    UUID articleId,
    String slug,
    int version,
    String etag,
    Instant publishedAt,
    ComplianceReport compliance) {}
