package dev.cairn.api.model;

/** One read of a TransactGetItems. */
public record TransactGetItem(Get get) {}
