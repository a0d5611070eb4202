package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.l;
import static dev.cairn.tck.api.Items.m;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.ns;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * UpdateItem's UpdateExpression: SET, REMOVE, ADD and DELETE clauses, the if_not_exists and
 * list_append functions, + and - arithmetic, nested document paths, and the five ReturnValues
 * images. An update of a missing item creates it; an update that cannot apply fails whole.
 */
public abstract class UpdateExpressionSuite extends ApiSuite {

    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

    @Test
    void setCreatesTheItemWhenItIsMissing() {
        String table = hashTable();

        update(table, "SET a = :a, b = :b", item(":a", n(1), ":b", s("x")));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "a", n(1), "b", s("x")));
    }

    @Test
    void setOverwritesNamedAttributesAndKeepsTheOthers() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n(1), "keep", s("me")));

        update(table, "SET a = :a, c = :c", item(":a", s("now a string"), ":c", n(3)));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "a", s("now a string"), "keep", s("me"), "c", n(3)));
    }

    @Test
    void removeDeletesAttributesAndIgnoresMissingOnes() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n(1), "b", n(2)));

        update(table, "REMOVE a, nope", Map.of());

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "b", n(2)));
    }

    @Test
    void addIncrementsNumbersAndStartsMissingOnesFromZero() {
        String table = hashTable();
        put(table, item("pk", s("k"), "count", n(5)));

        update(table, "ADD #c :d, fresh :d", Map.of(":d", n("-1.5")), Map.of("#c", "count"));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "count", n("3.5"), "fresh", n("-1.5")));
    }

    @Test
    void addUnionsSetsAndCreatesMissingSets() {
        String table = hashTable();
        put(table, item("pk", s("k"), "tags", ss("a", "b")));

        update(table, "ADD tags :more, nums :nums", Map.of(":more", ss("b", "c"), ":nums", ns("1", "2")));

        Map<String, AttributeValue> read = get(table, KEY);
        assertThat(read.get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(read.get("nums").ns()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void deleteRemovesSetElementsAndRemovesTheAttributeWhenTheSetEmpties() {
        String table = hashTable();
        put(table, item("pk", s("k"), "tags", ss("a", "b", "c"), "one", ns("7")));

        update(table, "DELETE tags :gone, one :seven", Map.of(":gone", ss("a", "z"), ":seven", ns("7")));

        Map<String, AttributeValue> read = get(table, KEY);
        assertThat(read.get("tags").ss()).containsExactlyInAnyOrder("b", "c");
        assertThat(read).doesNotContainKey("one");
    }

    @Test
    void ifNotExistsKeepsAnExistingValueAndSuppliesAMissingOne() {
        String table = hashTable();
        put(table, item("pk", s("k"), "set", n(1)));

        update(table, "SET #s = if_not_exists(#s, :d), unset = if_not_exists(unset, :d)", Map.of(":d", n(9)),
                Map.of("#s", "set"));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "set", n(1), "unset", n(9)));
    }

    @Test
    void listAppendConcatenatesInArgumentOrder() {
        String table = hashTable();
        put(table, item("pk", s("k"), "l", l(n(2), n(3))));

        update(table, "SET l = list_append(:front, l), l2 = list_append(if_not_exists(l2, :empty), :front)",
                Map.of(":front", l(n(0), n(1)), ":empty", l()));
        update(table, "SET l = list_append(l, :back)", Map.of(":back", l(n(4))));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "l", l(n(0), n(1), n(2), n(3), n(4)),
                "l2", l(n(0), n(1))));
    }

    @Test
    void arithmeticAddsAndSubtractsWithExactDecimals() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n("0.1"), "b", n(10)));

        update(table, "SET a = a + :x, b = :hundred - b", Map.of(":x", n("0.2"), ":hundred", n(100)));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "a", n("0.3"), "b", n(90)));
    }

    @Test
    void arithmeticOnAMissingAttributeFails() {
        String table = hashTable();
        put(table, item("pk", s("k")));

        assertValidation("The provided expression refers to an attribute that does not exist in the item",
                () -> update(table, "SET a = nope + :one", Map.of(":one", n(1))));
    }

    @Test
    void addOfAStringOperandIsRejected() {
        String table = hashTable();

        assertValidation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD,"
                + " operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
                () -> update(table, "ADD s :v", Map.of(":v", s("1"))));
    }

    @Test
    void addToAnAttributeOfAnotherTypeFails() {
        String table = hashTable();
        put(table, item("pk", s("k"), "s", s("text")));

        assertValidation("An operand in the update expression has an incorrect data type",
                () -> update(table, "ADD s :v", Map.of(":v", n(1))));
        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "s", s("text")));
    }

    @Test
    void nestedPathsSetAndRemoveInsideMapsAndLists() {
        String table = hashTable();
        put(table, item("pk", s("k"), "doc", m("a", m("b", n(1)), "list", l(n(0), n(1), n(2)))));

        update(table, "SET doc.a.c = :v, doc.#l[1] = :v REMOVE doc.a.b, doc.#l[0]", Map.of(":v", s("new")),
                Map.of("#l", "list"));

        assertThat(get(table, KEY).get("doc")).isEqualTo(m("a", m("c", s("new")), "list", l(s("new"), n(2))));
    }

    @Test
    void settingAListIndexPastTheEndAppends() {
        String table = hashTable();
        put(table, item("pk", s("k"), "l", l(n(0))));

        update(table, "SET l[10] = :v", Map.of(":v", n(1)));

        assertThat(get(table, KEY).get("l")).isEqualTo(l(n(0), n(1)));
    }

    @Test
    void settingAPathUnderAMissingParentFails() {
        String table = hashTable();
        put(table, item("pk", s("k")));

        assertValidation("The document path provided in the update expression is invalid for update",
                () -> update(table, "SET m.x = :v", Map.of(":v", n(1))));
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        String table = hashTable();

        assertValidation("One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key",
                () -> update(table, "SET pk = :v", Map.of(":v", s("other"))));
    }

    @Test
    void returnValuesNoneReturnsNoAttributes() {
        UpdateItemResponse response = updateReturning(ReturnValue.NONE);

        assertThat(response.hasAttributes()).isFalse();
    }

    @Test
    void returnValuesAllOldReturnsTheWholeItemBeforeTheUpdate() {
        UpdateItemResponse response = updateReturning(ReturnValue.ALL_OLD);

        assertThat(response.attributes()).isEqualTo(item("pk", s("k"), "a", n(1), "b", n(2), "gone", n(3)));
    }

    @Test
    void returnValuesUpdatedOldReturnsOnlyTheChangedAttributesBeforeTheUpdate() {
        UpdateItemResponse response = updateReturning(ReturnValue.UPDATED_OLD);

        assertThat(response.attributes()).isEqualTo(item("a", n(1), "gone", n(3)));
    }

    @Test
    void returnValuesAllNewReturnsTheWholeItemAfterTheUpdate() {
        UpdateItemResponse response = updateReturning(ReturnValue.ALL_NEW);

        assertThat(response.attributes()).isEqualTo(item("pk", s("k"), "a", n(11), "b", n(2), "c", s("new")));
    }

    @Test
    void returnValuesUpdatedNewReturnsOnlyTheChangedAttributesAfterTheUpdate() {
        UpdateItemResponse response = updateReturning(ReturnValue.UPDATED_NEW);

        assertThat(response.attributes()).isEqualTo(item("a", n(11), "c", s("new")));
    }

    private UpdateItemResponse updateReturning(ReturnValue returnValue) {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n(1), "b", n(2), "gone", n(3)));
        return client.updateItem(r -> r.tableName(table).key(KEY).updateExpression("SET a = a + :ten, c = :c REMOVE gone")
                .expressionAttributeValues(Map.of(":ten", n(10), ":c", s("new"))).returnValues(returnValue));
    }

    private void update(String table, String expression, Map<String, AttributeValue> values) {
        update(table, expression, values, Map.of());
    }

    private void update(String table, String expression, Map<String, AttributeValue> values, Map<String, String> names) {
        client.updateItem(r -> r.tableName(table).key(KEY).updateExpression(expression)
                .expressionAttributeValues(values.isEmpty() ? null : values)
                .expressionAttributeNames(names.isEmpty() ? null : names));
    }
}
