package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.TransactActions.putAction;
import static dev.cairn.tck.api.TransactActions.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

/**
 * TransactGetItems: up to 100 items read as one snapshot, answering in request order with an empty
 * response for a missing item, each Get with its own projection.
 */
@Requires(Capability.TRANSACTIONS)
public abstract class TransactGetSuite extends ApiSuite {

    @Test
    void transactGetAnswersInRequestOrderWithAnEmptyResponseForAMissingItem() {
        String left = hashTable();
        String right = hashTable();
        put(left, item("pk", s("a"), "v", n(1)));
        put(right, item("pk", s("b"), "v", n(2)));

        List<ItemResponse> responses = client.transactGetItems(r -> r.transactItems(
                read(right, item("pk", s("b"))), read(left, item("pk", s("missing"))), read(left, item("pk", s("a"))))).responses();

        assertThat(responses).hasSize(3);
        assertThat(responses.get(0).item()).isEqualTo(item("pk", s("b"), "v", n(2)));
        assertThat(responses.get(1).hasItem()).isFalse();
        assertThat(responses.get(2).item()).isEqualTo(item("pk", s("a"), "v", n(1)));
    }

    @Test
    void transactGetAppliesEachGetsOwnProjection() {
        String table = hashTable();
        put(table, item("pk", s("a"), "x", n(1), "y", n(2)));
        String other = hashTable();
        put(other, item("pk", s("a"), "x", n(9), "nested", Items.m("keep", n(3), "drop", n(4))));

        List<ItemResponse> responses = client.transactGetItems(r -> r.transactItems(
                TransactGetItem.builder().get(g -> g.tableName(table).key(item("pk", s("a"))).projectionExpression("y")).build(),
                TransactGetItem.builder().get(g -> g.tableName(table).key(item("pk", s("b")))).build(),
                TransactGetItem.builder().get(g -> g.tableName(other)
                        .key(item("pk", s("a"))).projectionExpression("#n.keep, x").expressionAttributeNames(Map.of("#n", "nested")))
                        .build())).responses();

        assertThat(responses.get(0).item()).isEqualTo(item("y", n(2)));
        assertThat(responses.get(1).hasItem()).isFalse();
        assertThat(responses.get(2).item()).isEqualTo(item("nested", Items.m("keep", n(3)), "x", n(9)));
    }

    @Test
    void transactGetSeesEveryWriteOfACommittedTransaction() {
        String left = hashTable();
        String right = hashTable();
        client.transactWriteItems(r -> r.transactItems(putAction(left, item("pk", s("a"), "v", n(1))),
                putAction(right, item("pk", s("b"), "v", n(1)))));

        List<ItemResponse> responses = client.transactGetItems(r -> r.transactItems(
                read(left, item("pk", s("a"))), read(right, item("pk", s("b"))))).responses();

        assertThat(responses).extracting(ItemResponse::item)
                .containsExactly(item("pk", s("a"), "v", n(1)), item("pk", s("b"), "v", n(1)));
    }

    @Test
    void transactGetOfOneItemTwiceIsRejected() {
        String table = hashTable();

        assertValidation("Transaction request cannot include multiple operations on one item",
                () -> client.transactGetItems(r -> r.transactItems(read(table, item("pk", s("a"))), read(table, item("pk", s("a"))))));
    }

    @Test
    void transactGetOfMoreThanAHundredItemsIsRejected() {
        String table = hashTable();
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            gets.add(read(table, item("pk", s("k" + i))));
        }

        DynamoDbException error = assertValidation(() -> client.transactGetItems(r -> r.transactItems(gets)));

        assertThat(error.awsErrorDetails().errorMessage()).contains("Member must have length less than or equal to 100");
    }

    @Test
    void transactGetOfAnUnknownTableFailsWithResourceNotFound() {
        String table = hashTable();
        String missing = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> client.transactGetItems(r -> r.transactItems(read(table, item("pk", s("a"))), read(missing, item("pk", s("a"))))));
    }
}
