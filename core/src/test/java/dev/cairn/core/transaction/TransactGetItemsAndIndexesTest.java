package dev.cairn.core.transaction;

import static dev.cairn.core.transaction.Requests.key;
import static dev.cairn.core.transaction.Requests.n;
import static dev.cairn.core.transaction.Requests.put;
import static dev.cairn.core.transaction.Requests.read;
import static dev.cairn.core.transaction.Requests.s;
import static dev.cairn.core.transaction.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.Delete;
import dev.cairn.api.model.Get;
import dev.cairn.api.model.ItemResponse;
import dev.cairn.api.model.TransactGetItem;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.IndexKind;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.KeyAttribute;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TransactGetItems' answers and validation, and the index entries transactions keep in step, on every path. */
class TransactGetItemsAndIndexesTest {

    private EngineFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void getsAnswerInRequestOrderWithProjectionsAndEmptyResponsesForMissingItems(TransactionBackend backend) {
        fixture = new EngineFixture(backend);
        CairnEngine engine = fixture.engine();
        String table = fixture.table("txn_get");
        TransactWriteItemsTest.putItem(engine, table, Map.of("pk", s("x"), "v", n("1"), "w", n("2")));
        TransactGetItemsResponse response = engine.transactGetItems(new TransactGetItemsRequest(List.of(
                new TransactGetItem(new Get(key("x"), table, "#a", Map.of("#a", "v"))),
                new TransactGetItem(new Get(key("nope"), table, null, null))), "TOTAL"));
        assertThat(response.responses()).containsExactly(new ItemResponse(Map.of("v", n("1"))), new ItemResponse(null));
        assertThat(response.consumedCapacity())
                .containsExactly(new ConsumedCapacity(table, 4.0, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void getsAreValidatedAsDynamoDbValidatesThem(TransactionBackend backend) {
        fixture = new EngineFixture(backend);
        CairnEngine engine = fixture.engine();
        String table = fixture.table("txn_get");
        assertThatThrownBy(() -> engine.transactGetItems(read(table, "a", "a")))
                .hasMessage("Transaction request cannot include multiple operations on one item");
        assertThatThrownBy(() -> engine.transactGetItems(new TransactGetItemsRequest(List.of(), null)))
                .hasMessage("1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
        assertThatThrownBy(() -> engine.transactGetItems(new TransactGetItemsRequest(
                List.of(new TransactGetItem(null)), null)))
                .hasMessage("1 validation error detected: Value null at 'transactItems.1.member.get' failed to "
                        + "satisfy constraint: Member must not be null");
        assertThatThrownBy(() -> engine.transactGetItems(read("txn_missing", "a")))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void transactionsWriteAndRemoveLocalAndGlobalIndexEntries(TransactionBackend backend) throws Exception {
        fixture = new EngineFixture(backend);
        CairnEngine engine = fixture.engine();
        String table = fixture.indexedTable("txn_idx", null, null);
        // CreateTable does not take indexes yet: they are added to the catalog directly, then read by a new engine.
        Catalog catalog = new Catalog(fixture.store);
        TableMetadata plain = catalog.find(table);
        KeyAttribute l = new KeyAttribute("l", "S");
        KeyAttribute g = new KeyAttribute("g", "S");
        catalog.replace(plain, new TableMetadata(plain.name(), plain.id(), plain.status(),
                plain.attributeDefinitions(), plain.partitionKey(), plain.sortKey(), plain.billingMode(),
                plain.readCapacity(), plain.writeCapacity(), plain.creationMillis(), plain.billingModeChangeMillis(),
                plain.deletionProtection(), List.of(
                        new IndexMetadata("byL", IndexKind.LOCAL, 1, plain.partitionKey(), l, "ALL", List.of(),
                                "ACTIVE", 0, 0),
                        new IndexMetadata("byG", IndexKind.GLOBAL, 1, g, null, "KEYS_ONLY", List.of(), "ACTIVE", 0,
                                0))));
        engine = fixture.restart();
        engine.transactWriteItems(write(
                put(table, Map.of("pk", s("p"), "sk", s("1"), "l", s("local"), "g", s("global"))),
                put(table, Map.of("pk", s("p"), "sk", s("2")))));
        String id = new Catalog(fixture.store).find(table).id();

        assertThat(localEntries(id)).isEqualTo(1);
        awaitRows(Subspaces.globalIndexKeyspace(id, 1), 1);

        engine.transactWriteItems(write(new TransactWriteItem(null, null,
                new Delete(Map.of("pk", s("p"), "sk", s("1")), table, null, null, null, null), null)));

        assertThat(localEntries(id)).isZero();
        awaitRows(Subspaces.globalIndexKeyspace(id, 1), 0);
    }

    private long localEntries(String tableId) {
        return rows(Subspaces.tableKeyspace(tableId)).stream()
                .filter(row -> row.clustering()[0] != Subspaces.ITEM
                        && row.clustering()[0] < Subspaces.ITEM_COLLECTION_SIZE)
                .count();
    }

    private void awaitRows(String keyspace, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (rows(keyspace).size() != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertThat(rows(keyspace)).hasSize(expected);
    }

    private List<Row> rows(String keyspace) {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = fixture.store.scan(ScanRead.all(keyspace))) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }
}
