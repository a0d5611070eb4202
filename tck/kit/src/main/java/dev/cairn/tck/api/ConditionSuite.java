package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.l;
import static dev.cairn.tck.api.Items.m;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * ConditionExpression on PutItem, UpdateItem and DeleteItem: the write happens exactly when the
 * condition holds against the current item (a missing item has no attributes), otherwise it fails
 * with ConditionalCheckFailedException, changes nothing, and returns the current item only when
 * ReturnValuesOnConditionCheckFailure asks for it. Comparisons across types are false, not errors.
 */
public abstract class ConditionSuite extends ApiSuite {

    private static final String FAILED = "The conditional request failed";
    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

    @Test
    void conditionalPutSucceedsWhenAttributeDoesNotExist() {
        String table = hashTable();

        client.putItem(r -> r.tableName(table).item(item("pk", s("k"), "v", n(1))).conditionExpression("attribute_not_exists(pk)"));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "v", n(1)));
    }

    @Test
    void conditionalPutFailsWhenAttributeExists() {
        String table = hashTable();
        put(table, item("pk", s("k"), "v", n(1)));

        ConditionalCheckFailedException error = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", FAILED, () -> client.putItem(r -> r.tableName(table)
                        .item(item("pk", s("k"), "v", n(2))).conditionExpression("attribute_not_exists(pk)")));

        assertThat(error.hasItem()).isFalse();
        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "v", n(1)));
    }

    @Test
    void failedConditionReturnsTheCurrentItemWhenAskedWithAllOld() {
        String table = hashTable();
        put(table, item("pk", s("k"), "v", n(1), "m", m("x", s("y"))));

        ConditionalCheckFailedException error = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", FAILED, () -> client.putItem(r -> r.tableName(table)
                        .item(item("pk", s("k"))).conditionExpression("v = :two")
                        .expressionAttributeValues(Map.of(":two", n(2)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertThat(error.item()).isEqualTo(item("pk", s("k"), "v", n(1), "m", m("x", s("y"))));
    }

    @Test
    void failedConditionOnMissingItemReturnsNoItemEvenWhenAsked() {
        String table = hashTable();

        ConditionalCheckFailedException error = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", FAILED, () -> client.deleteItem(r -> r.tableName(table).key(KEY)
                        .conditionExpression("attribute_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertThat(error.hasItem()).isFalse();
    }

    @Test
    void conditionalUpdateAppliesWhenComparisonHolds() {
        String table = hashTable();
        put(table, item("pk", s("k"), "version", n(3)));

        client.updateItem(r -> r.tableName(table).key(KEY).updateExpression("SET version = :next")
                .conditionExpression("version = :expected").expressionAttributeValues(Map.of(":expected", n(3), ":next", n(4))));

        assertThat(get(table, KEY).get("version")).isEqualTo(n(4));
    }

    @Test
    void conditionalUpdateFailsWhenComparisonDoesNotHoldAndReturnsItemWhenAsked() {
        String table = hashTable();
        put(table, item("pk", s("k"), "version", n(5)));

        ConditionalCheckFailedException error = assertError(ConditionalCheckFailedException.class,
                "ConditionalCheckFailedException", FAILED, () -> client.updateItem(r -> r.tableName(table).key(KEY)
                        .updateExpression("SET version = :next").conditionExpression("version = :expected")
                        .expressionAttributeValues(Map.of(":expected", n(3), ":next", n(4)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertThat(error.item()).isEqualTo(item("pk", s("k"), "version", n(5)));
        assertThat(get(table, KEY).get("version")).isEqualTo(n(5));
    }

    @Test
    void conditionalUpdateOfMissingItemRequiringExistenceCreatesNothing() {
        String table = hashTable();

        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED,
                () -> client.updateItem(r -> r.tableName(table).key(KEY).updateExpression("SET v = :v")
                        .conditionExpression("attribute_exists(pk)").expressionAttributeValues(Map.of(":v", n(1)))));

        assertThat(get(table, KEY)).isNull();
    }

    @Test
    void conditionalDeleteFailsWhenValueDiffersAndKeepsTheItem() {
        String table = hashTable();
        put(table, item("pk", s("k"), "owner", s("alice")));

        assertError(ConditionalCheckFailedException.class, "ConditionalCheckFailedException", FAILED,
                () -> client.deleteItem(r -> r.tableName(table).key(KEY).conditionExpression("#o = :me")
                        .expressionAttributeNames(Map.of("#o", "owner")).expressionAttributeValues(Map.of(":me", s("bob")))));

        assertThat(get(table, KEY)).isNotNull();
    }

    @Test
    void conditionalDeleteSucceedsWhenValueMatches() {
        String table = hashTable();
        put(table, item("pk", s("k"), "owner", s("alice")));

        client.deleteItem(r -> r.tableName(table).key(KEY).conditionExpression("#o = :me")
                .expressionAttributeNames(Map.of("#o", "owner")).expressionAttributeValues(Map.of(":me", s("alice"))));

        assertThat(get(table, KEY)).isNull();
    }

    /** Each expression is checked against the item below; {@code nope} is an absent attribute. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "n = :one | true", "n <> :one | false", "n < :ten | true", "n >= :ten | false",
        "n BETWEEN :one AND :ten | true", "n IN (:ten, :one) | true", "n IN (:ten) | false",
        "n < :text | false", "n <> :text | true", "nope = :one | false", "nope <> :one | true",
        "nope < :ten | false", "begins_with(str, :he) | true", "begins_with(n, :he) | false",
        "contains(str, :ll) | true", "contains(tags, :red) | true", "contains(tags, :he) | false",
        "contains(lst, :one) | true", "size(str) = :five | true", "size(tags) = :two | true",
        "size(lst) = :two | true", "size(nope) = :zero | false", "attribute_type(n, :N) | true",
        "attribute_type(str, :N) | false", "attribute_exists(doc.deep) | true",
        "attribute_exists(doc.nope) | false", "doc.deep = :one | true", "lst[1] = :text | true",
        "lst[9] = :text | false", "attribute_not_exists(nope) AND n = :one | true",
        "n = :ten OR n = :one | true", "NOT n = :one | false", "n = :ten OR n = :one AND str = :text | false",
        "(n = :ten OR n = :one) AND NOT str = :text | true", "str > :he | true", "str < :hello_ | true"
    })
    void conditionEvaluatesAsDynamoDbDefines(String expression, boolean holds) {
        String table = hashTable();
        Map<String, AttributeValue> current = item("pk", s("k"), "n", n(1), "str", s("hello"),
                "tags", ss("red", "blue"), "lst", l(n(1), s("text")), "doc", m("deep", n(1)));
        put(table, current);
        Map<String, AttributeValue> values = item(":one", n(1), ":ten", n(10), ":text", s("text"), ":he", s("he"),
                ":ll", s("ll"), ":red", s("red"), ":five", n(5), ":two", n(2), ":zero", n(0), ":N", s("N"),
                ":hello_", s("hello_"));
        values.keySet().removeIf(name -> !Pattern.compile(Pattern.quote(name) + "(?!\\w)").matcher(expression).find());

        boolean applied;
        try {
            client.putItem(r -> r.tableName(table).item(item("pk", s("k"), "written", n(1)))
                    .conditionExpression(expression).expressionAttributeValues(values.isEmpty() ? null : values));
            applied = true;
        } catch (ConditionalCheckFailedException failed) {
            applied = false;
        }

        assertThat(applied).isEqualTo(holds);
    }
}
