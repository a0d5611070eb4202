package dev.cairn.api.model;

import java.util.List;

/** Which attributes an index carries: KEYS_ONLY, INCLUDE (with nonKeyAttributes) or ALL. */
public record Projection(String projectionType, List<String> nonKeyAttributes) {}
