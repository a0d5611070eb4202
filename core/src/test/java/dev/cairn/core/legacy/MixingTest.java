package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.model.AttributeValueUpdate;
import dev.cairn.api.model.Condition;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.ExpectedAttributeValue;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.UpdateItemRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Legacy and expression parameters may not meet in one request; sets and order as DynamoDB Local 3.3.1 prints them. */
class MixingTest {

    private static final String PREFIX = "Can not use both expression and non-expression parameters in the same request: ";
    private static final Map<String, ExpectedAttributeValue> EXPECTED = Map.of("n", exists(false, null));
    private static final Map<String, Condition> FILTER = Map.of("n", cond("NULL"));
    private static final String COND = "attribute_exists(x)";

    @Test
    void putItemNamesExpectedAndConditionalOperator() {
        assertThatThrownBy(() -> LegacyMixing.check(new PutItemRequest("t", Map.of(), COND, null, null, null, null,
                null, null, EXPECTED, "AND"))).hasMessage(PREFIX
                + "Non-expression parameters: {Expected, ConditionalOperator} Expression parameters: {ConditionExpression}");
        assertThatThrownBy(() -> LegacyMixing.check(new PutItemRequest("t", Map.of(), COND, null, null, null, null,
                null, null, null, "OR"))).hasMessage(PREFIX
                + "Non-expression parameters: {ConditionalOperator} Expression parameters: {ConditionExpression}");
    }

    @Test
    void deleteItemNamesExpectedAndConditionalOperator() {
        assertThatThrownBy(() -> LegacyMixing.check(new DeleteItemRequest("t", Map.of(), COND, null, null, null, null,
                null, null, EXPECTED, "OR"))).hasMessage(PREFIX
                + "Non-expression parameters: {Expected, ConditionalOperator} Expression parameters: {ConditionExpression}");
    }

    @Test
    void updateItemNamesEachSideInItsOrder() {
        Map<String, AttributeValueUpdate> updates = Map.of("a", new AttributeValueUpdate(null, "DELETE"));
        assertThatThrownBy(() -> LegacyMixing.check(new UpdateItemRequest("t", Map.of(), "REMOVE b", COND, null, null,
                null, null, null, null, updates, EXPECTED, "AND"))).hasMessage(PREFIX
                + "Non-expression parameters: {AttributeUpdates, Expected, ConditionalOperator} "
                + "Expression parameters: {UpdateExpression, ConditionExpression}");
        assertThatThrownBy(() -> LegacyMixing.check(new UpdateItemRequest("t", Map.of(), null, COND, null, null,
                null, null, null, null, updates, null, null))).hasMessage(PREFIX
                + "Non-expression parameters: {AttributeUpdates} Expression parameters: {ConditionExpression}");
        assertThatThrownBy(() -> LegacyMixing.check(new UpdateItemRequest("t", Map.of(), "REMOVE b", null, null, null,
                null, null, null, null, null, EXPECTED, null))).hasMessage(PREFIX
                + "Non-expression parameters: {Expected} Expression parameters: {UpdateExpression}");
    }

    @Test
    void getItemAndBatchGetItemNameAttributesToGet() {
        String message = PREFIX + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}";
        assertThatThrownBy(() -> LegacyMixing.check(new GetItemRequest("t", Map.of(), null, "n", null, List.of("n"),
                null))).hasMessage(message);
        assertThatThrownBy(() -> LegacyMixing.check(new KeysAndAttributes(List.of(), List.of("n"), null, "n", null)))
                .hasMessage(message);
    }

    @Test
    void queryNamesAllFourLegacyAndThreeExpressionParameters() {
        QueryRequest query = new QueryRequest("t", null, "pk = :v", "n = :v", "n", null, null, null, null, null, null,
                null, null, List.of("n"), Map.of("pk", cond("EQ", s("a"))), FILTER, "OR");
        assertThatThrownBy(() -> LegacyMixing.check(query)).hasMessage(PREFIX
                + "Non-expression parameters: {AttributesToGet, QueryFilter, ConditionalOperator, KeyConditions} "
                + "Expression parameters: {ProjectionExpression, FilterExpression, KeyConditionExpression}");
        QueryRequest keys = new QueryRequest("t", null, "pk = :a", null, null, null, null, null, null, null, null,
                null, null, null, Map.of("pk", cond("EQ", s("a"))), null, null);
        assertThatThrownBy(() -> LegacyMixing.check(keys)).hasMessage(PREFIX
                + "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
    }

    @Test
    void scanNamesEachSideInItsOrder() {
        assertThatThrownBy(() -> LegacyMixing.check(new ScanRequest("t", null, "n = :v", "n", null, null, null, null,
                null, null, null, null, null, List.of("n"), FILTER, "OR"))).hasMessage(PREFIX
                + "Non-expression parameters: {AttributesToGet, ScanFilter, ConditionalOperator} "
                + "Expression parameters: {ProjectionExpression, FilterExpression}");
        assertThatThrownBy(() -> LegacyMixing.check(new ScanRequest("t", null, null, "n", null, null, null, null,
                null, null, null, null, null, null, FILTER, null))).hasMessage(PREFIX
                + "Non-expression parameters: {ScanFilter} Expression parameters: {ProjectionExpression}");
    }

    @Test
    void emptyLegacyMapsAndListsDoNotCount() {
        assertThatCode(() -> {
            LegacyMixing.check(new PutItemRequest("t", Map.of(), COND, null, null, null, null, null, null, Map.of(), null));
            LegacyMixing.check(new UpdateItemRequest("t", Map.of(), "REMOVE x", null, null, null, null, null, null, null,
                    Map.of(), null, null));
            LegacyMixing.check(new ScanRequest("t", null, "n = :v", "n", null, null, null, null, null, null, null, null,
                    null, List.of(), Map.of(), null));
            LegacyMixing.check(new ScanRequest("t", null, null, null, null, null, null, null, null, null, null, null,
                    null, List.of("n"), FILTER, "OR"));
        }).doesNotThrowAnyException();
    }
}
