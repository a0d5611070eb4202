package dev.cairn.api.model;

import java.time.Instant;

/** The billing mode of a table. */
public record BillingModeSummary(String billingMode, Instant lastUpdateToPayPerRequestDateTime) {}
