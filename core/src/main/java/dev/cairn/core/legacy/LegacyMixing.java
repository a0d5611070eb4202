package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.UpdateItemRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB refuses a request that mixes legacy parameters with expression parameters, naming both
 * sets in a fixed per-operation order (confirmed on DynamoDB Local 3.3.1). An empty legacy map or
 * list counts as absent. ExpressionAttributeNames/Values are not part of this rule: without an
 * expression they are refused on their own ("... can only be specified when using expressions").
 */
public final class LegacyMixing {

    private LegacyMixing() {}

    public static void check(PutItemRequest r) {
        reject(legacy("Expected", r.expected(), "ConditionalOperator", r.conditionalOperator()),
                expressions("ConditionExpression", r.conditionExpression()));
    }

    public static void check(DeleteItemRequest r) {
        reject(legacy("Expected", r.expected(), "ConditionalOperator", r.conditionalOperator()),
                expressions("ConditionExpression", r.conditionExpression()));
    }

    public static void check(UpdateItemRequest r) {
        reject(legacy("AttributeUpdates", r.attributeUpdates(), "Expected", r.expected(),
                        "ConditionalOperator", r.conditionalOperator()),
                expressions("UpdateExpression", r.updateExpression(), "ConditionExpression", r.conditionExpression()));
    }

    public static void check(GetItemRequest r) {
        reject(legacy("AttributesToGet", r.attributesToGet()),
                expressions("ProjectionExpression", r.projectionExpression()));
    }

    /**
     * KeyConditions conflicts only with KeyConditionExpression: beside FilterExpression or
     * ProjectionExpression alone it is accepted (dynalite test/query.js "...without
     * KeyConditionExpression", whose message leaves KeyConditions out).
     */
    public static void check(QueryRequest r) {
        reject(legacy("AttributesToGet", r.attributesToGet(), "QueryFilter", r.queryFilter(),
                        "ConditionalOperator", r.conditionalOperator(),
                        "KeyConditions", r.keyConditionExpression() == null ? null : r.keyConditions()),
                expressions("ProjectionExpression", r.projectionExpression(), "FilterExpression", r.filterExpression(),
                        "KeyConditionExpression", r.keyConditionExpression()));
    }

    public static void check(ScanRequest r) {
        reject(legacy("AttributesToGet", r.attributesToGet(), "ScanFilter", r.scanFilter(),
                        "ConditionalOperator", r.conditionalOperator()),
                expressions("ProjectionExpression", r.projectionExpression(), "FilterExpression", r.filterExpression()));
    }

    /** One table's entry of BatchGetItem's RequestItems. */
    public static void check(KeysAndAttributes r) {
        reject(legacy("AttributesToGet", r.attributesToGet()),
                expressions("ProjectionExpression", r.projectionExpression()));
    }

    private static void reject(List<String> legacy, List<String> expressions) {
        if (!legacy.isEmpty() && !expressions.isEmpty()) {
            throw ApiException.validation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {" + String.join(", ", legacy) + "} Expression parameters: {"
                    + String.join(", ", expressions) + "}");
        }
    }

    /** Alternating parameter names and values; a name is kept when its value is present and not empty. */
    private static List<String> legacy(Object... namesAndValues) {
        List<String> present = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            boolean empty = value == null || value instanceof Map<?, ?> m && m.isEmpty()
                    || value instanceof Collection<?> c && c.isEmpty();
            if (!empty) {
                present.add((String) namesAndValues[i]);
            }
        }
        return present;
    }

    private static List<String> expressions(String... namesAndTexts) {
        List<String> present = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            if (namesAndTexts[i + 1] != null) {
                present.add(namesAndTexts[i]);
            }
        }
        return present;
    }
}
