package dev.cairn.core.transaction;

import static dev.cairn.core.transaction.Requests.check;
import static dev.cairn.core.transaction.Requests.delete;
import static dev.cairn.core.transaction.Requests.key;
import static dev.cairn.core.transaction.Requests.n;
import static dev.cairn.core.transaction.Requests.put;
import static dev.cairn.core.transaction.Requests.s;
import static dev.cairn.core.transaction.Requests.update;
import static dev.cairn.core.transaction.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CancellationReason;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.TransactWriteItemsResponse;
import dev.cairn.core.CairnEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TransactWriteItems' all-or-nothing writes, conditions, cancellation reasons and idempotency, on every path. */
class TransactWriteItemsTest {

    private EngineFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private CairnEngine open(TransactionBackend backend) {
        fixture = new EngineFixture(backend);
        return fixture.engine();
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void allActionsApplyTogetherAcrossTables(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        String b = fixture.table("txn_b");
        putItem(engine, a, Map.of("pk", s("gone"), "v", n("1")));
        putItem(engine, b, Map.of("pk", s("counter"), "c", n("5")));

        engine.transactWriteItems(write(
                put(a, Map.of("pk", s("new"), "v", n("2"))),
                delete(a, "gone"),
                update(b, "counter", "SET c = c + :one", Map.of(":one", n("1")), "attribute_exists(c)"),
                check(b, "absent", "attribute_not_exists(pk)", null, null)));

        assertThat(get(engine, a, "new")).containsEntry("v", n("2"));
        assertThat(get(engine, a, "gone")).isNull();
        assertThat(get(engine, b, "counter")).containsEntry("c", n("6"));
        assertThat(get(engine, b, "absent")).isNull();
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void failedConditionCancelsEverythingWithReasonsInRequestOrder(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        putItem(engine, a, Map.of("pk", s("x"), "v", n("1")));

        assertThatThrownBy(() -> engine.transactWriteItems(write(
                put(a, Map.of("pk", s("y"))),
                put(a, Map.of("pk", s("x"), "v", n("9")), "attribute_not_exists(pk)", "ALL_OLD"),
                check(a, "z", "attribute_exists(pk)", null, "ALL_OLD"),
                update(a, "w", "SET v = :v", Map.of(":v", n("3")), null))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED);
                    assertThat(e.getMessage()).isEqualTo("Transaction cancelled, please refer cancellation reasons "
                            + "for specific reasons [None, ConditionalCheckFailed, ConditionalCheckFailed, None]");
                    assertThat(e.cancellationReasons()).containsExactly(
                            new CancellationReason(null, "None", null),
                            new CancellationReason(Map.of("pk", s("x"), "v", n("1")), "ConditionalCheckFailed",
                                    "The conditional request failed"),
                            new CancellationReason(null, "ConditionalCheckFailed", "The conditional request failed."),
                            new CancellationReason(null, "None", null));
                });
        assertThat(get(engine, a, "y")).isNull();
        assertThat(get(engine, a, "w")).isNull();
        assertThat(get(engine, a, "x")).containsEntry("v", n("1"));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void conditionFailureCarriesTheItemOnlyWhenAsked(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        putItem(engine, a, Map.of("pk", s("x")));

        assertThatThrownBy(() -> engine.transactWriteItems(write(
                check(a, "x", "attribute_not_exists(pk)", null, null))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.cancellationReasons()).containsExactly(
                        new CancellationReason(null, "ConditionalCheckFailed", "The conditional request failed.")));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void runtimeErrorOfAnUpdateIsAValidationErrorReason(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        putItem(engine, a, Map.of("pk", s("x"), "s", s("text")));

        assertThatThrownBy(() -> engine.transactWriteItems(write(
                put(a, Map.of("pk", s("y"))),
                update(a, "x", "SET v = s + :one", Map.of(":one", n("1")), null))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED);
                    assertThat(e.cancellationReasons()).containsExactly(
                            new CancellationReason(null, "None", null),
                            new CancellationReason(null, "ValidationError",
                                    "An operand in the update expression has an incorrect data type"));
                });
        assertThat(get(engine, a, "y")).isNull();
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void requestsDynamoDbRejectsBeforeReadingAnything(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        assertValidation(engine, new TransactWriteItemsRequest(null, null, null, null),
                "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: "
                        + "Member must not be null");
        assertValidation(engine, new TransactWriteItemsRequest(List.of(), null, null, null),
                "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
        assertValidation(engine, write(new TransactWriteItem(null, null, null, null)),
                "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
        TransactWriteItem both = new TransactWriteItem(null, put(a, key("a")).put(), delete(a, "a").delete(), null);
        assertValidation(engine, write(both),
                "TransactItems can only contain one of Check, Put, Update or Delete");
        assertValidation(engine, write(put(a, key("a")), delete(a, "a")),
                "Transaction request cannot include multiple operations on one item");
        assertValidation(engine, write(check(a, "a", null, null, null)),
                "1 validation error detected: Value null at 'transactItems.1.member.conditionCheck.conditionExpression' "
                        + "failed to satisfy constraint: Member must not be null");
        List<TransactWriteItem> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(put(a, key("k" + i)));
        }
        assertThatThrownBy(() -> engine.transactWriteItems(new TransactWriteItemsRequest(tooMany, null, null, null)))
                .hasMessageEndingWith("Member must have length less than or equal to 100");
        assertValidation(engine, new TransactWriteItemsRequest(List.of(put(a, key("a"))), null, null, "x".repeat(37)),
                "1 validation error detected: Value '" + "x".repeat(37) + "' at 'clientRequestToken' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 36");
        assertThatThrownBy(() -> engine.transactWriteItems(write(put("txn_missing", key("a")))))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
        List<TransactWriteItem> large = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            large.add(put(a, Map.of("pk", s("big" + i), "d", s("a".repeat(390_000)))));
        }
        assertValidation(engine, new TransactWriteItemsRequest(large, null, null, null),
                "Transaction payload size cannot exceed 4MB. Payload Size: 4290078");
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void sameTokenAndRequestAnswersAgainWithoutWritingAgain(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        TransactWriteItemsRequest increment = new TransactWriteItemsRequest(
                List.of(update(a, "c", "ADD n :one", Map.of(":one", n("1")), null)), "TOTAL", null, "token-1");
        TransactWriteItemsResponse first = engine.transactWriteItems(increment);
        TransactWriteItemsResponse again = engine.transactWriteItems(increment);

        assertThat(get(engine, a, "c")).containsEntry("n", n("1"));
        assertThat(first.consumedCapacity()).containsExactly(new ConsumedCapacity(a, 2.0, null, null, null, null, null));
        assertThat(again.consumedCapacity()).extracting(ConsumedCapacity::tableName).containsExactly(a);

        TransactWriteItemsRequest different = new TransactWriteItemsRequest(
                List.of(update(a, "c", "ADD n :two", Map.of(":two", n("2")), null)), null, null, "token-1");
        assertThatThrownBy(() -> engine.transactWriteItems(different))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH);
                    assertThat(e.getMessage()).isEqualTo(
                            "The request uses the same client token as a previous, but non-identical request.");
                });
        assertThat(get(engine, a, "c")).containsEntry("n", n("1"));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void cancelledRequestLeavesItsTokenFreeForARetry(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        TransactWriteItemsRequest conditional = new TransactWriteItemsRequest(
                List.of(put(a, Map.of("pk", s("x")), "attribute_exists(pk)", null)), null, null, "token-2");
        assertThatThrownBy(() -> engine.transactWriteItems(conditional))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED));
        putItem(engine, a, Map.of("pk", s("x"), "v", n("0")));

        engine.transactWriteItems(conditional);

        assertThat(get(engine, a, "x")).isEqualTo(Map.of("pk", s("x")));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void capacityIsTwiceTheSingleItemCostPerTable(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");
        String b = fixture.table("txn_b");
        TransactWriteItemsResponse response = engine.transactWriteItems(new TransactWriteItemsRequest(List.of(
                put(a, Map.of("pk", s("1"), "d", s("x".repeat(1500)))),
                put(b, key("2")),
                check(b, "3", "attribute_not_exists(pk)", null, null)), "TOTAL", null, null));
        assertThat(response.consumedCapacity()).containsExactly(
                new ConsumedCapacity(a, 4.0, null, null, null, null, null),
                new ConsumedCapacity(b, 4.0, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void updateThatOnlyRemovesLeavesAMissingItemMissing(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String a = fixture.table("txn_a");

        engine.transactWriteItems(write(update(a, "absent", "REMOVE x.y", null, null), put(a, key("other"))));

        assertThat(get(engine, a, "absent")).isNull();
        assertThat(get(engine, a, "other")).isEqualTo(key("other"));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void anIndexKeyThatCannotBeAKeyCancelsWithAValidationErrorAndWritesNothing(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String table = fixture.indexedTable("txn_gsi", List.of(new LocalSecondaryIndex("byL", List.of(
                new KeySchemaElement("pk", "HASH"), new KeySchemaElement("l", "RANGE")), new Projection("KEYS_ONLY", null))),
                List.of(new GlobalSecondaryIndex("byG",
                List.of(new KeySchemaElement("g", "HASH")), new Projection("KEYS_ONLY", null), null)));
        Map<String, AttributeValue> first = Map.of("pk", s("a"), "sk", s("1"), "g", s("ok"));

        for (AttributeValue bad : List.of(n("1"), s(""), s("g".repeat(2049)))) {
            assertThatThrownBy(() -> engine.transactWriteItems(write(put(table, first),
                    put(table, Map.of("pk", s("b"), "sk", s("1"), "g", bad)))))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.cancellationReasons())
                            .extracting(CancellationReason::code).containsExactly("None", "ValidationError"));
        }

        assertThat(engine.getItem(new GetItemRequest(table, Map.of("pk", s("a"), "sk", s("1")), true, null, null, null,
                null)).item()).isNull();
    }

    private static void assertValidation(CairnEngine engine, TransactWriteItemsRequest request, String message) {
        assertThatThrownBy(() -> engine.transactWriteItems(request))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    static void putItem(CairnEngine engine, String table, Map<String, AttributeValue> item) {
        engine.putItem(new PutItemRequest(table, item, null, null, null, null, null, null, null, null, null));
    }

    static Map<String, AttributeValue> get(CairnEngine engine, String table, String pk) {
        return engine.getItem(new GetItemRequest(table, key(pk), true, null, null, null, null)).item();
    }
}
