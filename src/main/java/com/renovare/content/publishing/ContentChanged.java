package com.renovare.content.publishing;

/**
 * What readers see of an article changed (a publish or an unpublish). Fired inside the publishing
 * transaction; observe it with {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record ContentChanged(String slug) {}
