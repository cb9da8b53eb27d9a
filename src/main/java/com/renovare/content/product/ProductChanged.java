package com.renovare.content.product;

import java.time.Instant;

/**
 * A product was created, changed or discontinued. Fired inside the transaction that changes it, so
 * an observer {@code during = TransactionPhase.IN_PROGRESS} writes in that same transaction.
 */
public record ProductChanged(String sku, boolean available, Instant at) {}
