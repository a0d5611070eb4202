package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;

/**
 * A resolved KeyConditionExpression: the partition key's value and, optionally, one condition on
 * the sort key. The engine checks that the values' types match the key attributes' types
 * ("One or more parameter values were invalid: Condition parameter type does not match schema type").
 */
public record KeyCondition(AttributeValue partitionValue, SortCondition sort) {}
