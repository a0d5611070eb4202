package dev.cairn.api.model;

import java.util.List;

/** One entry of the legacy Expected parameter. */
public record ExpectedAttributeValue(AttributeValue value, Boolean exists, String comparisonOperator, List<AttributeValue> attributeValueList) {}
