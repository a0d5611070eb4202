package dev.cairn.api.model;

import java.util.List;

/** One entry of the legacy KeyConditions, QueryFilter and ScanFilter parameters. */
public record Condition(String comparisonOperator, List<AttributeValue> attributeValueList) {}
