package com.renovare.content.citation;

/**
 * A citation's data or the link health of its URL changed. Fired inside the transaction that
 * changes it, so an observer {@code during = TransactionPhase.IN_PROGRESS} writes in that same
 * transaction.
 */
public record CitationChanged(String key) {}
