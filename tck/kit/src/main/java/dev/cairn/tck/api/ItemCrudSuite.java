package dev.cairn.tck.api;

import static dev.cairn.tck.api.Items.b;
import static dev.cairn.tck.api.Items.bool;
import static dev.cairn.tck.api.Items.bs;
import static dev.cairn.tck.api.Items.bytes;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.l;
import static dev.cairn.tck.api.Items.m;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.ns;
import static dev.cairn.tck.api.Items.nul;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * PutItem, GetItem and DeleteItem: every attribute type survives a round trip unchanged except
 * numbers, which DynamoDB stores canonically; a put replaces the whole item; reads of missing
 * items and attributes return nothing rather than failing; projections return only what they name.
 */
public abstract class ItemCrudSuite extends ApiSuite {

    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

    @Test
    void everyScalarTypeRoundTrips() {
        String table = hashTable();
        Map<String, AttributeValue> written = item("pk", s("k"), "s", s("h\u00E9llo \uD83D\uDE00"), "n", n("-12.5"),
                "b", b(0, 1, 0x7F, 0x80, 0xFF), "t", bool(true), "f", bool(false), "z", nul());

        put(table, written);

        assertThat(get(table, KEY)).isEqualTo(written);
    }

    @Test
    void nestedMapsAndListsRoundTripWithOrderAndTypesKept() {
        String table = hashTable();
        Map<String, AttributeValue> written = item("pk", s("k"),
                "doc", m("name", s("x"), "tags", l(s("a"), n(1), bool(false), nul()),
                        "inner", m("deep", m("deeper", l(l(n(1), n(2)), m())))),
                "empty", l());

        put(table, written);

        assertThat(get(table, KEY)).isEqualTo(written);
    }

    @Test
    void setsRoundTripWithTheirElementsInAnyOrder() {
        String table = hashTable();
        put(table, item("pk", s("k"), "ss", ss("b", "a", "c"), "ns", ns("3", "1.5", "-2"),
                "bs", bs(bytes(2), bytes(0, 1), bytes(0xFF))));

        Map<String, AttributeValue> read = get(table, KEY);

        assertThat(read.get("ss").ss()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(read.get("ns").ns()).containsExactlyInAnyOrder("3", "1.5", "-2");
        assertThat(read.get("bs").bs()).extracting(bytes -> bytes.asByteArray())
                .containsExactlyInAnyOrder(bytes(2), bytes(0, 1), bytes(0xFF));
    }

    @Test
    void emptyStringsAndBinariesAreAllowedOutsideKeys() {
        String table = hashTable();
        Map<String, AttributeValue> written = item("pk", s("k"), "s", s(""), "b", b(), "m", m("e", s("")));

        put(table, written);

        assertThat(get(table, KEY)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({
        "1.0, 1", "001, 1", "1e2, 100", "-0, 0", "0.10, 0.1", "1E-2, 0.01", "+5, 5", "-1.50, -1.5",
        "0.0001e4, 1", "1E+125, 1" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
            + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
            + "0000000000" + "00000",
        "12345678901234567890123456789012345678, 12345678901234567890123456789012345678",
        "1E-130, 0." + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
            + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000" + "0000000000"
            + "0000000000" + "000000000" + "1"
    })
    void numbersAreReturnedInCanonicalForm(String written, String canonical) {
        String table = hashTable();

        put(table, item("pk", s("k"), "v", n(written), "set", ns(written)));

        Map<String, AttributeValue> read = get(table, KEY);
        assertThat(read.get("v").n()).isEqualTo(canonical);
        assertThat(read.get("set").ns()).containsExactly(canonical);
    }

    @Test
    void numberSetsTreatEqualNumbersInDifferentSpellingsAsDuplicates() {
        String table = hashTable();

        ApiErrors.assertValidation(() -> put(table, item("pk", s("k"), "set", ns("1", "1.0"))));
    }

    @Test
    void putReplacesTheWholeItem() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n(1), "b", n(2)));

        put(table, item("pk", s("k"), "c", n(3)));

        assertThat(get(table, KEY)).isEqualTo(item("pk", s("k"), "c", n(3)));
    }

    @Test
    void putReturnsNoAttributesUnlessAskedForTheOldItem() {
        String table = hashTable();
        put(table, item("pk", s("k"), "v", n(1)));

        var plain = client.putItem(r -> r.tableName(table).item(item("pk", s("k"), "v", n(2))));
        var withOld = client.putItem(r -> r.tableName(table).item(item("pk", s("k"), "v", n(3)))
                .returnValues(ReturnValue.ALL_OLD));
        var onNewItem = client.putItem(r -> r.tableName(table).item(item("pk", s("new")))
                .returnValues(ReturnValue.ALL_OLD));

        assertThat(plain.hasAttributes()).isFalse();
        assertThat(withOld.attributes()).isEqualTo(item("pk", s("k"), "v", n(2)));
        assertThat(onNewItem.hasAttributes()).isFalse();
    }

    @Test
    void getOfMissingItemReturnsNoItem() {
        String table = hashTable();
        put(table, item("pk", s("other")));

        GetItemResponse response = client.getItem(r -> r.tableName(table).key(KEY));

        assertThat(response.hasItem()).isFalse();
    }

    @Test
    void deleteRemovesTheItemAndReturnsItWhenAsked() {
        String table = hashTable();
        put(table, item("pk", s("k"), "v", n(1)));

        var deleted = client.deleteItem(r -> r.tableName(table).key(KEY).returnValues(ReturnValue.ALL_OLD));

        assertThat(deleted.attributes()).isEqualTo(item("pk", s("k"), "v", n(1)));
        assertThat(get(table, KEY)).isNull();
    }

    @Test
    void deleteOfMissingItemSucceedsAndReturnsNothing() {
        String table = hashTable();

        var deleted = client.deleteItem(r -> r.tableName(table).key(KEY).returnValues(ReturnValue.ALL_OLD));

        assertThat(deleted.hasAttributes()).isFalse();
    }

    @Test
    void itemsWithTheSameHashKeyButDifferentSortKeysAreDistinct() {
        String table = compositeTable(ScalarAttributeType.N);
        put(table, item("pk", s("k"), "sk", n(1), "v", s("one")));
        put(table, item("pk", s("k"), "sk", n("1.0"), "v", s("one again")));
        put(table, item("pk", s("k"), "sk", n(2), "v", s("two")));

        assertThat(get(table, item("pk", s("k"), "sk", n("01"))).get("v")).isEqualTo(s("one again"));
        assertThat(get(table, item("pk", s("k"), "sk", n(2))).get("v")).isEqualTo(s("two"));
    }

    @Test
    void projectionReturnsOnlyTheNamedTopLevelAndNestedAttributes() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n(1), "b", n(2), "name", s("n"),
                "m", m("x", n(1), "y", n(2)), "l", l(s("l0"), s("l1"), s("l2"))));

        Map<String, AttributeValue> read = client.getItem(r -> r.tableName(table).key(KEY)
                .projectionExpression("a, #n, m.y, l[1], l[5]").expressionAttributeNames(Map.of("#n", "name"))).item();

        assertThat(read).isEqualTo(item("a", n(1), "name", s("n"), "m", m("y", n(2)), "l", l(s("l1"))));
    }

    @Test
    void projectionOfAbsentAttributesReturnsAnEmptyItem() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", n(1)));

        GetItemResponse response = client.getItem(r -> r.tableName(table).key(KEY).projectionExpression("absent"));

        assertThat(response.hasItem()).isTrue();
        assertThat(response.item()).isEmpty();
    }

    @Test
    void numericAndBinaryHashKeysIdentifyItemsByValue() {
        String numeric = createTable(uniqueTableName(), "id", ScalarAttributeType.N, null, null);
        String binary = createTable(uniqueTableName(), "id", ScalarAttributeType.B, null, null);
        put(numeric, item("id", n("10"), "v", s("ten")));
        put(binary, item("id", b(0, 0xFF), "v", s("bytes")));

        assertThat(get(numeric, item("id", n("1E1"))).get("v")).isEqualTo(s("ten"));
        assertThat(get(numeric, item("id", n("100")))).isNull();
        assertThat(get(binary, item("id", b(0, 0xFF))).get("v")).isEqualTo(s("bytes"));
        assertThat(get(binary, item("id", b(0)))).isNull();
    }
}
