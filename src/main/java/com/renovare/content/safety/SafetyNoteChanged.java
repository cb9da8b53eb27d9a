package com.renovare.content.safety;

/**
 * A safety note was created or replaced. Fired inside the transaction that changes it, so an
 * observer {@code during = TransactionPhase.IN_PROGRESS} writes in that same transaction.
 */
public record SafetyNoteChanged(String key) {}
