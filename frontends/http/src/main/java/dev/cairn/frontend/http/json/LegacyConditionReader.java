package dev.cairn.frontend.http.json;

import dev.cairn.api.model.AttributeValueUpdate;
import dev.cairn.api.model.Condition;
import dev.cairn.api.model.ExpectedAttributeValue;
import java.util.Map;

/** Reads the legacy (pre-expression) parameters: Expected, AttributeUpdates, KeyConditions, Query/ScanFilter. */
final class LegacyConditionReader {

    private static final Schema EXPECTED = Schema.builder()
            .member("Value", AttributeValueReader::value)
            .member("Exists", WireReader::bool)
            .member("ComparisonOperator", WireReader::string)
            .member("AttributeValueList", AttributeValueReader::list)
            .build();
    private static final Schema ATTRIBUTE_VALUE_UPDATE = Schema.builder()
            .member("Value", AttributeValueReader::value)
            .member("Action", WireReader::string)
            .build();
    private static final Schema CONDITION = Schema.builder()
            .member("ComparisonOperator", WireReader::string)
            .member("AttributeValueList", AttributeValueReader::list)
            .build();

    private LegacyConditionReader() {}

    static Map<String, ExpectedAttributeValue> expected(WireReader r) {
        return r.mapKeepingNulls(e -> e.struct(EXPECTED, m -> new ExpectedAttributeValue(m.get("Value"), m.get("Exists"),
                m.get("ComparisonOperator"), m.get("AttributeValueList"))));
    }

    static Map<String, AttributeValueUpdate> attributeUpdates(WireReader r) {
        return r.mapKeepingNulls(e -> e.struct(ATTRIBUTE_VALUE_UPDATE,
                m -> new AttributeValueUpdate(m.get("Value"), m.get("Action"))));
    }

    static Map<String, Condition> conditions(WireReader r) {
        return r.mapKeepingNulls(e -> e.struct(CONDITION,
                m -> new Condition(m.get("ComparisonOperator"), m.get("AttributeValueList"))));
    }
}
