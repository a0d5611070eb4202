package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** The size estimate of an item collection (tables with local secondary indexes). */
public record ItemCollectionMetrics(Map<String, AttributeValue> itemCollectionKey, List<Double> sizeEstimateRangeGB) {}
