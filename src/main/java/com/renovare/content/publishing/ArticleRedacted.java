package com.renovare.content.publishing;

import java.time.Instant;
import java.util.List;

/**
 * Published versions of an article were redacted (a legal or medical takedown). Fired inside the
 * redacting transaction, after {@link ContentChanged} of kind {@code REDACTED}.
 *
 * @param slug the article
 * @param versions the versions redacted by this request, ascending
 * @param surrogateKeys every purge key those versions were served with (article, versions,
 *     products)
 * @param takenDown whether the current version was among them, so the article's URL answers 410
 * @param reason the public reason
 * @param at when
 */
public record ArticleRedacted(
    String slug,
    List<Integer> versions,
    List<String> surrogateKeys,
    boolean takenDown,
    String reason,
    Instant at) {}
