package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.TransactActions.conditionCheck;
import static dev.cairn.tck.api.TransactActions.deleteAction;
import static dev.cairn.tck.api.TransactActions.putAction;
import static dev.cairn.tck.api.TransactActions.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems. Up to 100 actions (ConditionCheck, Put, Update, Delete) over any tables apply
 * all or nothing: when any condition fails, nothing is written and the TransactionCanceledException
 * carries one reason per action in request order — {@code None} for the innocent ones,
 * {@code ConditionalCheckFailed} (with the item when ReturnValuesOnConditionCheckFailure is ALL_OLD)
 * for the guilty. One item may appear only once per request. A ClientRequestToken makes a successful
 * request idempotent for ten minutes: the same request again answers success without writing, a
 * different one under the same token is refused.
 *
 * <p>Not tested: a transaction meeting another one in progress on the same item is cancelled with
 * TransactionConflict, but no client-only test can hold a transaction in progress deterministically,
 * and DynamoDB Local never answers it. The concurrency test below only pins what every outcome of
 * such a race must look like.
 */
@Requires(Capability.TRANSACTIONS)
public abstract class TransactWriteSuite extends ApiSuite {

    // ---- TransactWriteItems -----------------------------------------------------------

    @Test
    void allFourActionsAcrossTablesCommitTogether() {
        String left = hashTable();
        String right = hashTable();
        put(left, item("pk", s("checked"), "state", s("open")));
        put(right, item("pk", s("doomed")));
        put(right, item("pk", s("counter"), "count", n(5)));

        client.transactWriteItems(r -> r.transactItems(
                conditionCheck(left, item("pk", s("checked")), "#s = :open", Map.of("#s", "state"), item(":open", s("open"))),
                putAction(left, item("pk", s("new"), "v", n(1))),
                TransactWriteItem.builder().update(u -> u.tableName(right).key(item("pk", s("counter")))
                        .updateExpression("ADD #c :one").expressionAttributeNames(Map.of("#c", "count"))
                        .expressionAttributeValues(item(":one", n(1)))).build(),
                deleteAction(right, item("pk", s("doomed")))));

        assertThat(get(left, item("pk", s("new")))).isEqualTo(item("pk", s("new"), "v", n(1)));
        assertThat(get(right, item("pk", s("counter")))).isEqualTo(item("pk", s("counter"), "count", n(6)));
        assertThat(get(right, item("pk", s("doomed")))).isNull();
        assertThat(get(left, item("pk", s("checked")))).isEqualTo(item("pk", s("checked"), "state", s("open")));
    }

    @Test
    void aFailedConditionCancelsEveryActionWithOneReasonPerActionInOrder() {
        String table = hashTable();
        put(table, item("pk", s("checked"), "v", n(1)));
        put(table, item("pk", s("kept")));

        TransactionCanceledException error = assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, None]",
                () -> client.transactWriteItems(r -> r.transactItems(
                        conditionCheck(table, item("pk", s("checked")), "v = :two", null, item(":two", n(2))),
                        putAction(table, item("pk", s("new"))),
                        deleteAction(table, item("pk", s("kept"))))));

        assertThat(error.cancellationReasons()).extracting(CancellationReason::code)
                .containsExactly("ConditionalCheckFailed", "None", "None");
        assertThat(error.cancellationReasons().get(0).hasItem()).isFalse();
        assertThat(get(table, item("pk", s("new")))).isNull();
        assertThat(get(table, item("pk", s("kept")))).isEqualTo(item("pk", s("kept")));
    }

    @Test
    void aFailedConditionReturnsTheItemWhenAskedForAllOld() {
        String table = hashTable();
        put(table, item("pk", s("taken"), "owner", s("someone")));

        TransactionCanceledException error = assertError(TransactionCanceledException.class, "TransactionCanceledException",
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",
                () -> client.transactWriteItems(r -> r.transactItems(
                        putAction(table, item("pk", s("fresh"))),
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", s("taken"), "owner", s("me")))
                                .conditionExpression("attribute_not_exists(pk)")
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build())));

        CancellationReason none = error.cancellationReasons().get(0);
        CancellationReason failed = error.cancellationReasons().get(1);
        assertThat(none.code()).isEqualTo("None");
        assertThat(none.hasItem()).isFalse();
        assertThat(none.message()).isNull();
        assertThat(failed.code()).isEqualTo("ConditionalCheckFailed");
        assertThat(failed.item()).isEqualTo(item("pk", s("taken"), "owner", s("someone")));
        assertThat(get(table, item("pk", s("fresh")))).isNull();
        assertThat(get(table, item("pk", s("taken")))).isEqualTo(item("pk", s("taken"), "owner", s("someone")));
    }

    @Test
    void everyFailedConditionIsReported() {
        String table = hashTable();
        put(table, item("pk", s("a"), "v", n(1)));
        put(table, item("pk", s("b"), "v", n(1)));

        TransactionCanceledException error = assertError(TransactionCanceledException.class, "TransactionCanceledException",
                () -> client.transactWriteItems(r -> r.transactItems(
                        conditionCheck(table, item("pk", s("a")), "v = :two", null, item(":two", n(2))),
                        putAction(table, item("pk", s("c"))),
                        TransactWriteItem.builder().delete(d -> d.tableName(table).key(item("pk", s("b")))
                                .conditionExpression("attribute_not_exists(v)")).build())));

        assertThat(error.cancellationReasons()).extracting(CancellationReason::code)
                .containsExactly("ConditionalCheckFailed", "None", "ConditionalCheckFailed");
        assertThat(get(table, item("pk", s("b")))).isNotNull();
    }

    @Test
    void anUpdateConditionIsCheckedAgainstTheItemBeforeTheTransaction() {
        String table = hashTable();
        put(table, item("pk", s("acct"), "balance", n(10)));

        client.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(item("pk", s("acct"))).updateExpression("SET balance = balance - :amt")
                .conditionExpression("balance >= :amt").expressionAttributeValues(item(":amt", n(7)))).build()));
        TransactionCanceledException error = assertError(TransactionCanceledException.class, "TransactionCanceledException",
                () -> client.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(item("pk", s("acct"))).updateExpression("SET balance = balance - :amt")
                        .conditionExpression("balance >= :amt").expressionAttributeValues(item(":amt", n(7)))).build())));

        assertThat(error.cancellationReasons()).extracting(CancellationReason::code).containsExactly("ConditionalCheckFailed");
        assertThat(get(table, item("pk", s("acct")))).isEqualTo(item("pk", s("acct"), "balance", n(3)));
    }

    @Test
    void twoActionsOnOneItemAreRejectedAndNothingIsWritten() {
        String table = hashTable();

        assertValidation("Transaction request cannot include multiple operations on one item",
                () -> client.transactWriteItems(r -> r.transactItems(
                        putAction(table, item("pk", s("other"))),
                        putAction(table, item("pk", s("same"), "v", n(1))),
                        deleteAction(table, item("pk", s("same"))))));
        assertThat(get(table, item("pk", s("other")))).isNull();
        assertThat(get(table, item("pk", s("same")))).isNull();
    }

    @Test
    void theSameKeyInTwoTablesIsTwoItems() {
        String left = hashTable();
        String right = hashTable();

        client.transactWriteItems(r -> r.transactItems(putAction(left, item("pk", s("k"), "side", s("left"))),
                putAction(right, item("pk", s("k"), "side", s("right")))));

        assertThat(get(left, item("pk", s("k")))).isEqualTo(item("pk", s("k"), "side", s("left")));
        assertThat(get(right, item("pk", s("k")))).isEqualTo(item("pk", s("k"), "side", s("right")));
    }

    @Test
    void aHundredActionsCommit() {
        String table = hashTable();
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            actions.add(putAction(table, item("pk", s("k" + i))));
        }

        client.transactWriteItems(r -> r.transactItems(actions));

        assertThat(client.scan(r -> r.tableName(table)).count()).isEqualTo(100);
    }

    @Test
    void moreThanAHundredActionsAreRejectedAndNothingIsWritten() {
        String table = hashTable();
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            actions.add(putAction(table, item("pk", s("k" + i))));
        }

        DynamoDbException error = assertValidation(() -> client.transactWriteItems(r -> r.transactItems(actions)));

        assertThat(error.awsErrorDetails().errorMessage()).contains("Member must have length less than or equal to 100");
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }

    @Test
    void anActionOnAnUnknownTableFailsWithResourceNotFoundAndNothingIsWritten() {
        String table = hashTable();
        String missing = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> client.transactWriteItems(r -> r.transactItems(putAction(table, item("pk", s("a"))),
                        putAction(missing, item("pk", s("a"))))));
        assertThat(get(table, item("pk", s("a")))).isNull();
    }

    // ---- ClientRequestToken -----------------------------------------------------------

    @Test
    void aReplayedClientRequestTokenSucceedsWithoutApplyingTheRequestAgain() {
        String table = hashTable();
        String token = UUID.randomUUID().toString();
        List<TransactWriteItem> increment = List.of(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(item("pk", s("counter"))).updateExpression("ADD hits :one").expressionAttributeValues(item(":one", n(1)))).build());

        client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(increment));
        client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(increment));

        assertThat(get(table, item("pk", s("counter")))).isEqualTo(item("pk", s("counter"), "hits", n(1)));
    }

    @Test
    void aReplayedClientRequestTokenDoesNotUndoLaterWrites() {
        String table = hashTable();
        String token = UUID.randomUUID().toString();
        List<TransactWriteItem> write = List.of(putAction(table, item("pk", s("a"), "v", s("transaction"))));

        client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(write));
        put(table, item("pk", s("a"), "v", s("later")));
        client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(write));

        assertThat(get(table, item("pk", s("a")))).isEqualTo(item("pk", s("a"), "v", s("later")));
    }

    @Test
    void aDifferentRequestWithAUsedClientRequestTokenIsRejectedAsAnIdempotentParameterMismatch() {
        String table = hashTable();
        String token = UUID.randomUUID().toString();
        client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(putAction(table, item("pk", s("a")))));

        assertError(IdempotentParameterMismatchException.class, "IdempotentParameterMismatchException",
                () -> client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(putAction(table, item("pk", s("b"))))));
        assertThat(get(table, item("pk", s("b")))).isNull();
    }

    @Test
    void aCancelledRequestCanBeRetriedWithItsClientRequestToken() {
        String table = hashTable();
        String token = UUID.randomUUID().toString();
        put(table, item("pk", s("gate"), "open", Items.bool(false)));
        List<TransactWriteItem> guarded = List.of(
                conditionCheck(table, item("pk", s("gate")), "#o = :yes", Map.of("#o", "open"), item(":yes", Items.bool(true))),
                putAction(table, item("pk", s("through"))));

        assertError(TransactionCanceledException.class, "TransactionCanceledException",
                () -> client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(guarded)));
        put(table, item("pk", s("gate"), "open", Items.bool(true)));
        client.transactWriteItems(r -> r.clientRequestToken(token).transactItems(guarded));

        assertThat(get(table, item("pk", s("through")))).isEqualTo(item("pk", s("through")));
    }

    // ---- concurrency ----------------------------------------------------------------

    @Test
    void concurrentTransfersEitherCommitWhollyOrAreCancelledForAConflict() throws Exception {
        String table = hashTable();
        put(table, item("pk", s("a"), "balance", n(1000)));
        put(table, item("pk", s("b"), "balance", n(1000)));
        int threads = 4;
        int transfersPerThread = 15;
        ConcurrentLinkedQueue<List<String>> cancellations = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> committed = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String from = t % 2 == 0 ? "a" : "b";
                String to = t % 2 == 0 ? "b" : "a";
                committed.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    for (int i = 0; i < transfersPerThread; i++) {
                        try {
                            client.transactWriteItems(r -> r.transactItems(transfer(table, from, -1), transfer(table, to, 1)));
                            done++;
                        } catch (TransactionCanceledException e) {
                            cancellations.add(e.cancellationReasons().stream().map(CancellationReason::code).toList());
                        }
                    }
                    return done;
                }));
            }
            start.countDown();
            for (Future<Integer> future : committed) {
                assertThat(future.get(60, TimeUnit.SECONDS)).isBetween(0, transfersPerThread);
            }
        } finally {
            pool.shutdownNow();
        }

        long total = Long.parseLong(get(table, item("pk", s("a"))).get("balance").n())
                + Long.parseLong(get(table, item("pk", s("b"))).get("balance").n());
        assertThat(total).isEqualTo(2000);
        assertThat(cancellations).allSatisfy(codes -> {
            assertThat(codes).hasSize(2).containsAnyOf("TransactionConflict").allMatch(
                    code -> code.equals("TransactionConflict") || code.equals("None"));
        });
    }
}
