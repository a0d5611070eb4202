package dev.cairn.core.index;

import static dev.cairn.core.index.IndexFixture.awaitPropagation;
import static dev.cairn.core.index.IndexFixture.item;
import static dev.cairn.core.index.IndexFixture.n;
import static dev.cairn.core.index.IndexFixture.put;
import static dev.cairn.core.index.IndexFixture.query;
import static dev.cairn.core.index.IndexFixture.s;
import static dev.cairn.core.index.IndexFixture.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.core.CairnEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Index entries follow every write (key changes and sparse items included), carry what their
 * projection says, and are read by Query and Scan with DynamoDB's rules, over stores with and
 * without multi-partition transactions.
 */
class IndexMaintenanceAndReadTest {

    private static CairnEngine eventsEngine(boolean transactions) {
        CairnEngine engine = IndexFixture.engine(transactions);
        IndexFixture.createEvents(engine);
        return engine;
    }

    private static List<Map<String, AttributeValue>> byG(CairnEngine engine, String g) throws InterruptedException {
        awaitPropagation(engine);
        return query(engine, "events", "byG", "g = :g", Map.of(":g", s(g))).items();
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void globalEntriesFollowPutsUpdatesAndDeletesIncludingKeyChanges(boolean transactions) throws Exception {
        try (CairnEngine engine = eventsEngine(transactions)) {
            put(engine, "events", item("pk", "a", "sk", "1", "g", "red", "l", 5, "x", "big"));
            assertThat(byG(engine, "red")).containsExactly(item("pk", "a", "sk", "1", "g", "red", "l", 5));

            IndexFixture.update(engine, "events", item("pk", "a", "sk", "1"), "SET g = :g", Map.of(":g", s("blue")));
            assertThat(byG(engine, "red")).isEmpty();
            assertThat(byG(engine, "blue")).containsExactly(item("pk", "a", "sk", "1", "g", "blue", "l", 5));

            IndexFixture.update(engine, "events", item("pk", "a", "sk", "1"), "REMOVE l", Map.of());
            assertThat(byG(engine, "blue")).as("sparse: no index sort key, no entry").isEmpty();

            IndexFixture.update(engine, "events", item("pk", "a", "sk", "1"), "SET l = :l", Map.of(":l", n("7")));
            assertThat(byG(engine, "blue")).hasSize(1);
            IndexFixture.delete(engine, "events", item("pk", "a", "sk", "1"));
            assertThat(byG(engine, "blue")).isEmpty();
            assertThat(scanAll(engine, "events", "byG", null)).isEmpty();
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void localEntriesFollowWritesAndProjectIncludedAttributes(boolean transactions) {
        try (CairnEngine engine = eventsEngine(transactions)) {
            put(engine, "events", item("pk", "a", "sk", "1", "l", 2, "x", "x1", "y", "y1"));
            put(engine, "events", item("pk", "a", "sk", "2", "l", 1, "x", "x2", "y", "y2"));
            put(engine, "events", item("pk", "a", "sk", "3", "y", "no l"));
            QueryResponse all = query(engine, "events", "byL", "pk = :p", Map.of(":p", s("a")));
            assertThat(all.items()).containsExactly(item("pk", "a", "sk", "2", "l", 1, "x", "x2"),
                    item("pk", "a", "sk", "1", "l", 2, "x", "x1"));
            IndexFixture.update(engine, "events", item("pk", "a", "sk", "2"), "SET l = :l", Map.of(":l", n("9")));
            assertThat(query(engine, "events", "byL", "pk = :p AND l > :l", Map.of(":p", s("a"), ":l", n("1"))).items())
                    .extracting(i -> i.get("sk")).containsExactly(s("1"), s("2"));
            IndexFixture.delete(engine, "events", item("pk", "a", "sk", "1"));
            assertThat(query(engine, "events", "byL", "pk = :p", Map.of(":p", s("a"))).items())
                    .extracting(i -> i.get("sk")).containsExactly(s("2"));
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void localIndexReadsFetchUnprojectedAttributesFromTheItem(boolean transactions) {
        try (CairnEngine engine = eventsEngine(transactions)) {
            put(engine, "events", item("pk", "a", "sk", "1", "l", 2, "x", "x1", "y", "y1"));
            QueryResponse allAttributes = engine.query(new QueryRequest("events", "byL", "pk = :p", null, null, null,
                    Map.of(":p", s("a")), "ALL_ATTRIBUTES", null, true, null, null, null, null, null, null, null));
            assertThat(allAttributes.items()).containsExactly(item("pk", "a", "sk", "1", "l", 2, "x", "x1", "y", "y1"));
            QueryResponse projected = engine.query(new QueryRequest("events", "byL", "pk = :p", "y = :y", "y", null,
                    Map.of(":p", s("a"), ":y", s("y1")), null, null, null, null, null, null, null, null, null, null));
            assertThat(projected.items()).containsExactly(item("y", "y1"));
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void wrongTypedIndexKeysAreRejected(boolean transactions) {
        try (CairnEngine engine = eventsEngine(transactions)) {
            assertThatThrownBy(() -> put(engine, "events", item("pk", "a", "sk", "1", "g", 3)))
                    .isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("One or more parameter values were invalid: Type mismatch for Index Key g");
            assertThatThrownBy(() -> put(engine, "events", item("pk", "a", "sk", "1", "l", "text")))
                    .isInstanceOf(ApiException.class)
                    .hasMessageStartingWith("One or more parameter values were invalid: Type mismatch for Index Key l");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void globalQueriesAndScansPageThroughEveryEntry(boolean transactions) throws Exception {
        try (CairnEngine engine = eventsEngine(transactions)) {
            for (int i = 0; i < 25; i++) {
                put(engine, "events", item("pk", "p" + (i % 4), "sk", "s" + i, "g", "same", "l", i % 5, "h", "h" + i,
                        "z", "z" + i));
            }
            awaitPropagation(engine);
            List<Map<String, AttributeValue>> paged = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                QueryResponse page = engine.query(query("events", "byG", "g = :g AND l BETWEEN :a AND :b",
                        Map.of(":g", s("same"), ":a", n("1"), ":b", n("3")), 4, start));
                paged.addAll(page.items());
                start = page.lastEvaluatedKey();
                if (start != null) {
                    assertThat(start).containsOnlyKeys("pk", "sk", "g", "l");
                }
            } while (start != null);
            assertThat(paged).hasSize(15);
            assertThat(paged).extracting(i -> i.get("l")).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));

            assertThat(scanAll(engine, "events", "byH", 7)).hasSize(25)
                    .allSatisfy(entry -> assertThat(entry).containsKey("z"));
            assertThat(scanAll(engine, "events", "byG", 3)).hasSize(25)
                    .allSatisfy(entry -> assertThat(entry).containsOnlyKeys("pk", "sk", "g", "l"));
            assertThat(scanAll(engine, "events", "byL", 2)).hasSize(25);
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void globalIndexReadsFollowDynamoDbRules(boolean transactions) {
        try (CairnEngine engine = eventsEngine(transactions)) {
            assertThatThrownBy(() -> engine.query(new QueryRequest("events", "byG", "g = :g", null, null, null,
                    Map.of(":g", s("x")), null, null, true, null, null, null, null, null, null, null)))
                    .hasMessage("Consistent reads are not supported on global secondary indexes");
            assertThatThrownBy(() -> engine.scan(new ScanRequest("events", "byH", null, null, null, null, null, null,
                    true, null, null, null, null, null, null, null)))
                    .hasMessage("Consistent reads are not supported on global secondary indexes");
            assertThatThrownBy(() -> engine.query(new QueryRequest("events", "byG", "g = :g", null, null, null,
                    Map.of(":g", s("x")), "ALL_ATTRIBUTES", null, null, null, null, null, null, null, null, null)))
                    .hasMessage("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not "
                            + "supported for global secondary index byG because its projection type is not ALL");
            assertThatThrownBy(() -> engine.query(new QueryRequest("events", "byG", "g = :g", null, "y", null,
                    Map.of(":g", s("x")), null, null, null, null, null, null, null, null, null, null)))
                    .hasMessage("One or more parameter values were invalid: Global secondary index byG does not "
                            + "project [y]");
            assertThatThrownBy(() -> query(engine, "events", "byG", "pk = :g", Map.of(":g", s("x"))))
                    .hasMessage("Query condition missed key schema element: g");
            assertThatThrownBy(() -> query(engine, "events", "nope", "g = :g", Map.of(":g", s("x"))))
                    .hasMessage("The table does not have the specified index: nope");
            assertThatThrownBy(() -> engine.query(new QueryRequest("events", "byG", "g = :g", "l > :l", null, null,
                    Map.of(":g", s("x"), ":l", n("1")), null, null, null, null, null, null, null, null, null, null)))
                    .hasMessage("Filter Expression can only contain non-primary key attributes: Primary key attribute: l");
            assertThatThrownBy(() -> engine.query(query("events", "byG", "g = :g", Map.of(":g", s("x")), null,
                    item("g", "x", "l", 1))))
                    .hasMessage("The provided starting key is invalid");
        }
    }
}
