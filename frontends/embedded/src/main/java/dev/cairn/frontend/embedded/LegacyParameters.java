package dev.cairn.frontend.embedded;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;

/**
 * The pre-expression parameters (Expected, KeyConditions, QueryFilter, ScanFilter,
 * AttributeUpdates), SDK to Cairn. DynamoDB still accepts them, so the client passes them on
 * unchanged and core decides.
 */
final class LegacyParameters {

    private LegacyParameters() {}

    static Map<String, dev.cairn.api.model.ExpectedAttributeValue> expected(boolean present,
            Map<String, ExpectedAttributeValue> expected) {
        return Absent.map(present, expected, e -> new dev.cairn.api.model.ExpectedAttributeValue(
                AttributeValues.toCairn(e.value()), e.exists(), e.comparisonOperatorAsString(),
                e.hasAttributeValueList() ? AttributeValues.toCairn(e.attributeValueList()) : null));
    }

    static Map<String, dev.cairn.api.model.Condition> conditions(boolean present, Map<String, Condition> conditions) {
        return Absent.map(present, conditions, c -> new dev.cairn.api.model.Condition(c.comparisonOperatorAsString(),
                c.hasAttributeValueList() ? AttributeValues.toCairn(c.attributeValueList()) : null));
    }

    static Map<String, dev.cairn.api.model.AttributeValueUpdate> attributeUpdates(boolean present,
            Map<String, AttributeValueUpdate> updates) {
        return Absent.map(present, updates, u -> new dev.cairn.api.model.AttributeValueUpdate(
                AttributeValues.toCairn(u.value()), u.actionAsString()));
    }
}
