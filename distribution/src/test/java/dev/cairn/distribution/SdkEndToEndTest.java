package dev.cairn.distribution;

import static dev.cairn.distribution.Sdk.item;
import static dev.cairn.distribution.Sdk.n;
import static dev.cairn.distribution.Sdk.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Every Engine operation through the AWS SDK v2, over HTTP, on each backend: the launcher's own
 * assembly (engine + HTTP front end) in this JVM.
 *
 * <p>Every expected value and message is DynamoDB Local 3.3.1's answer to the same request. To see
 * that, run the suite against it: {@code mvn -pl distribution test -Dtest=SdkEndToEndTest
 * -Dcairn.reference.endpoint=http://127.0.0.1:8001}. Where DynamoDB Local's message is known to
 * differ from the DynamoDB service's, the test is tagged {@value #LOCAL_DIFFERS} and expects the
 * service's message from Cairn and Local's in reference mode ({@link #message}). Each test works
 * in tables of its own, so the suite can share a server.
 */
@ParameterizedClass(name = "backend {0}")
@ValueSource(strings = {"memory", "rocksdb"})
class SdkEndToEndTest {

    private static final String REFERENCE = System.getProperty("cairn.reference.endpoint", "");
    static final String LOCAL_DIFFERS = "dynamodb-local-differs";

    /** DynamoDB Local's message for any operation on a missing table. */
    private static final String LOCAL_NO_TABLE = "Cannot do operations on a non-existent table";

    static Path dataDir;
    static InProcessCairn server;
    static DynamoDbClient ddb;

    private final List<String> tables = new ArrayList<>();

    /** The backend is this class invocation's argument; the server for it is already running. */
    SdkEndToEndTest(String backend) {}

    @BeforeParameterizedClassInvocation
    static void start(String backend) throws IOException {
        URI endpoint;
        if (REFERENCE.isEmpty()) {
            dataDir = Files.createTempDirectory("cairn-e2e-" + backend);
            server = InProcessCairn.start(backend, dataDir);
            endpoint = server.endpoint();
        } else {
            endpoint = URI.create(REFERENCE);
        }
        ddb = Sdk.client(endpoint);
    }

    @AfterParameterizedClassInvocation
    static void stop() throws IOException {
        ddb.close();
        if (server != null) {
            server.close();
            server = null;
        }
        if (dataDir != null) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            dataDir = null;
        }
    }

    /** The DynamoDB service's message, or DynamoDB Local's when the suite runs against Local. */
    private static String message(String service, String dynamoDbLocal) {
        return REFERENCE.isEmpty() ? service : dynamoDbLocal;
    }

    /** DescribeTable or DeleteTable of a missing table. */
    private static String tableNotFound(String table) {
        return message("Requested resource not found: Table: " + table + " not found", LOCAL_NO_TABLE);
    }

    @AfterEach
    void dropTables() {
        for (String table : tables) {
            try {
                ddb.deleteTable(b -> b.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                // the test deleted it itself
            }
        }
    }

    private String uniqueName(String what) {
        String name = "e2e-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
        tables.add(name);
        return name;
    }

    /** A new on-demand table keyed by {@code pk} (S) and, when {@code withRange}, {@code sk} (S). */
    private String table(String what, boolean withRange) {
        String name = uniqueName(what);
        ddb.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (withRange) {
                b.attributeDefinitions(
                                a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("sk").keyType(KeyType.RANGE));
            } else {
                b.attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH));
            }
        });
        return name;
    }

    /** Items pk=p, sk=s01..s10, n=1..10. */
    private String tableOfTen(String what) {
        String table = table(what, true);
        for (int i = 1; i <= 10; i++) {
            var row = item("pk", "p", "sk", sk(i), "n", n(Integer.toString(i)));
            ddb.putItem(b -> b.tableName(table).item(row));
        }
        return table;
    }

    private static String sk(int i) {
        return String.format("s%02d", i);
    }

    private static List<String> sortKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("sk").s()).toList();
    }

    private static List<String> sortKeys(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(SdkEndToEndTest::sk).toList();
    }

    private static void assertDynamoError(ThrowingCallable call, Class<? extends DynamoDbException> type,
            String errorCode, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(type)
                .satisfies(e -> {
                    DynamoDbException d = (DynamoDbException) e;
                    assertThat(d.awsErrorDetails().errorCode()).isEqualTo(errorCode);
                    assertThat(d.awsErrorDetails().errorMessage()).isEqualTo(message);
                    assertThat(d.statusCode()).isEqualTo(400);
                });
    }

    private static void assertValidation(ThrowingCallable call, String message) {
        assertDynamoError(call, DynamoDbException.class, "ValidationException", message);
    }

    @Nested
    class Tables {

        @Test
        void createTableDescribesTheNewTable() {
            String name = uniqueName("create");
            var created = ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE)))
                    .tableDescription();

            assertThat(created.tableName()).isEqualTo(name);
            assertThat(created.tableStatus()).isIn(TableStatus.CREATING, TableStatus.ACTIVE);
            assertThat(created.keySchema()).extracting(k -> k.attributeName() + "/" + k.keyType())
                    .containsExactly("pk/HASH", "sk/RANGE");
            assertThat(created.attributeDefinitions()).extracting(a -> a.attributeName() + "/" + a.attributeType())
                    .containsExactlyInAnyOrder("pk/S", "sk/N");
            assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(created.itemCount()).isZero();
            assertThat(created.tableSizeBytes()).isZero();
            assertThat(created.tableArn()).endsWith(":table/" + name);

            var described = ddb.describeTable(b -> b.tableName(name)).table();
            assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(described.keySchema()).isEqualTo(created.keySchema());
            assertThat(described.creationDateTime()).isEqualTo(created.creationDateTime());
        }

        @Test
        @Tag(LOCAL_DIFFERS)
        void createTableOfAnExistingNameIsResourceInUse() {
            String name = table("twice", false);
            assertDynamoError(() -> ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                            .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))),
                    ResourceInUseException.class, "ResourceInUseException",
                    message("Table already exists: " + name, "Cannot create preexisting table"));
        }

        @Test
        @Tag(LOCAL_DIFFERS)
        void describeTableOfUnknownTableIsResourceNotFound() {
            assertDynamoError(() -> ddb.describeTable(b -> b.tableName("e2e-no-such-table")),
                    ResourceNotFoundException.class, "ResourceNotFoundException", tableNotFound("e2e-no-such-table"));
        }

        @Test
        void listTablesPagesInNameOrderWithLimit() {
            String prefix = "e2e-list-" + UUID.randomUUID().toString().substring(0, 8) + "-";
            for (String suffix : List.of("c", "a", "b")) {
                tables.add(prefix + suffix);
                ddb.createTable(b -> b.tableName(prefix + suffix).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            }

            var first = ddb.listTables(b -> b.exclusiveStartTableName(prefix).limit(2));
            assertThat(first.tableNames()).containsExactly(prefix + "a", prefix + "b");
            assertThat(first.lastEvaluatedTableName()).isEqualTo(prefix + "b");

            var second = ddb.listTables(b -> b.exclusiveStartTableName(first.lastEvaluatedTableName()).limit(2));
            assertThat(second.tableNames()).first().isEqualTo(prefix + "c");

            assertThat(ddb.listTables().tableNames()).contains(prefix + "a", prefix + "b", prefix + "c");
        }

        @Test
        void updateTableChangesProvisionedThroughput() {
            String name = uniqueName("update");
            ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));

            var updated = ddb.updateTable(b -> b.tableName(name)
                    .provisionedThroughput(p -> p.readCapacityUnits(7L).writeCapacityUnits(3L))).tableDescription();
            assertThat(updated.tableName()).isEqualTo(name);

            var described = ddb.describeTable(b -> b.tableName(name)).table();
            assertThat(described.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
            assertThat(described.provisionedThroughput().writeCapacityUnits()).isEqualTo(3L);
        }

        @Test
        @Tag(LOCAL_DIFFERS)
        void deleteTableRemovesTheTableAndItsName() {
            String name = table("delete", false);
            ddb.putItem(b -> b.tableName(name).item(item("pk", "a")));

            var deleted = ddb.deleteTable(b -> b.tableName(name)).tableDescription();
            assertThat(deleted.tableName()).isEqualTo(name);

            assertDynamoError(() -> ddb.describeTable(b -> b.tableName(name)),
                    ResourceNotFoundException.class, "ResourceNotFoundException", tableNotFound(name));
            assertThat(ddb.listTables().tableNames()).doesNotContain(name);
            assertDynamoError(() -> ddb.deleteTable(b -> b.tableName(name)),
                    ResourceNotFoundException.class, "ResourceNotFoundException", tableNotFound(name));
        }
    }

    @Nested
    class Items {

        @Test
        void putThenGetReturnsEveryAttributeTypeWithNumbersNormalised() {
            String table = table("types", true);
            var written = item("pk", "t", "sk", "1",
                    "n", n("1.50"),
                    "zero", n("-0.0e5"),
                    "ns", AttributeValue.fromNs(List.of("3", "1.0", "2")),
                    "ss", AttributeValue.fromSs(List.of("b", "a")),
                    "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})),
                    "bool", AttributeValue.fromBool(true),
                    "null", AttributeValue.fromNul(true),
                    "l", AttributeValue.fromL(List.of(s("x"), AttributeValue.fromNul(true), AttributeValue.fromBool(false))),
                    "m", AttributeValue.fromM(item("k", "v")));
            ddb.putItem(b -> b.tableName(table).item(written));

            var read = ddb.getItem(b -> b.tableName(table).key(item("pk", "t", "sk", "1")).consistentRead(true)).item();

            assertThat(read).containsOnlyKeys(written.keySet());
            assertThat(read.get("n").n()).isEqualTo("1.5");
            assertThat(read.get("zero").n()).isEqualTo("0");
            assertThat(read.get("ns").ns()).containsExactlyInAnyOrder("1", "2", "3");
            assertThat(read.get("ss").ss()).containsExactlyInAnyOrder("a", "b");
            assertThat(read.get("b").b().asByteArray()).containsExactly(1, 2, 3);
            assertThat(read.get("bool").bool()).isTrue();
            assertThat(read.get("null").nul()).isTrue();
            assertThat(read.get("l")).isEqualTo(written.get("l"));
            assertThat(read.get("m")).isEqualTo(written.get("m"));
        }

        @Test
        void getItemOfAMissingKeyReturnsNoItem() {
            String table = table("missing", true);
            var response = ddb.getItem(b -> b.tableName(table).key(item("pk", "nobody", "sk", "1")));
            assertThat(response.hasItem()).isFalse();
        }

        @Test
        void getItemProjectsTheNamedAttributes() {
            String table = table("projection", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "name", "Ann", "age", n("40"),
                    "address", AttributeValue.fromM(item("city", "Oslo", "zip", "0150")))));

            var read = ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))
                    .projectionExpression("#n, address.city").expressionAttributeNames(Map.of("#n", "name"))).item();

            assertThat(read).isEqualTo(item("name", "Ann", "address", AttributeValue.fromM(item("city", "Oslo"))));
        }

        @Test
        void putItemReturnsTheReplacedItemWhenAskedForAllOld() {
            String table = table("put-old", false);
            var first = ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "v", "1")).returnValues(ReturnValue.ALL_OLD));
            assertThat(first.hasAttributes()).isFalse();

            var second = ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "v", "2")).returnValues(ReturnValue.ALL_OLD));
            assertThat(second.attributes()).isEqualTo(item("pk", "a", "v", "1"));
        }

        @Test
        void putItemRejectsReturnValuesAllNew() {
            String table = table("put-all-new", false);
            assertValidation(() -> ddb.putItem(b -> b.tableName(table).item(item("pk", "a")).returnValues(ReturnValue.ALL_NEW)),
                    "Return values set to invalid value");
        }

        @Test
        void conditionalPutFailsWhenTheItemExists() {
            String table = table("put-cond", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "v", "1")).conditionExpression("attribute_not_exists(pk)"));

            assertDynamoError(() -> ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "v", "2"))
                            .conditionExpression("attribute_not_exists(pk)")),
                    ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed");
            assertThat(ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))).item()).containsEntry("v", s("1"));
        }

        @Test
        void updateItemSetsAddsAndRemovesAndReturnsUpdatedNew() {
            String table = table("update-new", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "count", n("1"), "gone", "x", "kept", "k")));

            var response = ddb.updateItem(b -> b.tableName(table).key(item("pk", "a"))
                    .updateExpression("SET #c = #c + :one, title = :t REMOVE gone")
                    .expressionAttributeNames(Map.of("#c", "count"))
                    .expressionAttributeValues(Map.of(":one", n("1"), ":t", s("hello")))
                    .returnValues(ReturnValue.UPDATED_NEW));

            assertThat(response.attributes()).isEqualTo(item("count", n("2"), "title", "hello"));
            assertThat(ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))).item())
                    .isEqualTo(item("pk", "a", "count", n("2"), "kept", "k", "title", "hello"));
        }

        @Test
        void updateItemReturnsUpdatedOldAllOldAndAllNew() {
            String table = table("update-returns", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "v", "1", "extra", "o")));

            var updatedOld = ddb.updateItem(b -> b.tableName(table).key(item("pk", "a"))
                    .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", s("2")))
                    .returnValues(ReturnValue.UPDATED_OLD));
            assertThat(updatedOld.attributes()).isEqualTo(item("v", "1"));

            var allOld = ddb.updateItem(b -> b.tableName(table).key(item("pk", "a"))
                    .updateExpression("SET v = :v").expressionAttributeValues(Map.of(":v", s("3")))
                    .returnValues(ReturnValue.ALL_OLD));
            assertThat(allOld.attributes()).isEqualTo(item("pk", "a", "v", "2", "extra", "o"));

            var allNew = ddb.updateItem(b -> b.tableName(table).key(item("pk", "a"))
                    .updateExpression("REMOVE extra").returnValues(ReturnValue.ALL_NEW));
            assertThat(allNew.attributes()).isEqualTo(item("pk", "a", "v", "3"));
        }

        @Test
        void updateItemOfAMissingKeyCreatesTheItem() {
            String table = table("upsert", true);
            var response = ddb.updateItem(b -> b.tableName(table).key(item("pk", "a", "sk", "b"))
                    .updateExpression("SET hits = if_not_exists(hits, :zero) + :one")
                    .expressionAttributeValues(Map.of(":zero", n("0"), ":one", n("1")))
                    .returnValues(ReturnValue.ALL_NEW));
            assertThat(response.attributes()).isEqualTo(item("pk", "a", "sk", "b", "hits", n("1")));
        }

        @Test
        void conditionalUpdateFailsAndLeavesTheItemUnchanged() {
            String table = table("update-cond", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "version", n("3"))));

            assertDynamoError(() -> ddb.updateItem(b -> b.tableName(table).key(item("pk", "a"))
                            .updateExpression("SET version = :next").conditionExpression("version = :expected")
                            .expressionAttributeValues(Map.of(":next", n("3"), ":expected", n("2")))),
                    ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed");
            assertThat(ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))).item()).containsEntry("version", n("3"));
        }

        @Test
        void deleteItemReturnsTheDeletedItemWhenAskedForAllOld() {
            String table = table("delete-old", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "v", "1")));

            var deleted = ddb.deleteItem(b -> b.tableName(table).key(item("pk", "a"))
                    .conditionExpression("attribute_exists(pk)").returnValues(ReturnValue.ALL_OLD));
            assertThat(deleted.attributes()).isEqualTo(item("pk", "a", "v", "1"));
            assertThat(ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))).hasItem()).isFalse();

            var again = ddb.deleteItem(b -> b.tableName(table).key(item("pk", "a")).returnValues(ReturnValue.ALL_OLD));
            assertThat(again.hasAttributes()).isFalse();
        }

        @Test
        void conditionalDeleteOfAMissingItemFails() {
            String table = table("delete-cond", false);
            assertDynamoError(() -> ddb.deleteItem(b -> b.tableName(table).key(item("pk", "a"))
                            .conditionExpression("attribute_exists(pk)")),
                    ConditionalCheckFailedException.class, "ConditionalCheckFailedException", "The conditional request failed");
        }
    }

    @Nested
    class Queries {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                sk = :a                  | 5 | 5
                sk < :a                  | 1 | 4
                sk <= :a                 | 1 | 5
                sk > :a                  | 6 | 10
                sk >= :a                 | 5 | 10
                sk BETWEEN :a AND :b     | 5 | 8
                begins_with(sk, :prefix) | 1 | 9
                """)
        void queryKeyConditionSelectsTheSortKeyRange(String sortKeyCondition, int from, int to) {
            String table = tableOfTen("query-cond");
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":p", s("p")));
            if (sortKeyCondition.contains(":a")) {
                values.put(":a", s(sk(5)));
            }
            if (sortKeyCondition.contains(":b")) {
                values.put(":b", s(sk(8)));
            }
            if (sortKeyCondition.contains(":prefix")) {
                values.put(":prefix", s("s0"));
            }

            var response = ddb.query(b -> b.tableName(table)
                    .keyConditionExpression("pk = :p AND " + sortKeyCondition).expressionAttributeValues(values));

            assertThat(sortKeys(response.items())).isEqualTo(sortKeys(from, to));
            assertThat(response.count()).isEqualTo(to - from + 1);
            assertThat(response.hasLastEvaluatedKey()).isFalse();
        }

        @Test
        void queryWithScanIndexForwardFalseReturnsDescendingOrder() {
            String table = tableOfTen("query-reverse");
            var response = ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p"))).scanIndexForward(false));
            List<String> descending = new ArrayList<>(sortKeys(1, 10));
            Collections.reverse(descending);
            assertThat(sortKeys(response.items())).isEqualTo(descending);
        }

        @Test
        void queryPagesWithLimitAndExclusiveStartKey() {
            String table = tableOfTen("query-pages");
            List<List<String>> pages = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("p"))).limit(3).exclusiveStartKey(from));
                pages.add(sortKeys(page.items()));
                if (page.hasLastEvaluatedKey()) {
                    assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", page.items().get(2).get("sk")));
                }
                start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            } while (start != null);

            assertThat(pages).containsExactly(sortKeys(1, 3), sortKeys(4, 6), sortKeys(7, 9), sortKeys(10, 10));
        }

        @Test
        void querySelectCountReturnsOnlyTheCount() {
            String table = tableOfTen("query-count");
            var response = ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p"))).select(Select.COUNT));
            assertThat(response.count()).isEqualTo(10);
            assertThat(response.scannedCount()).isEqualTo(10);
            assertThat(response.hasItems()).isFalse();
        }

        @Test
        void queryFilterExpressionFiltersAfterTheLimit() {
            String table = tableOfTen("query-filter");
            var all = ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p").filterExpression("n > :min")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":min", n("7"))));
            assertThat(sortKeys(all.items())).isEqualTo(sortKeys(8, 10));
            assertThat(all.count()).isEqualTo(3);
            assertThat(all.scannedCount()).isEqualTo(10);

            var limited = ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p").filterExpression("n > :min")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":min", n("7"))).limit(5));
            assertThat(limited.count()).isZero();
            assertThat(limited.scannedCount()).isEqualTo(5);
            assertThat(limited.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", sk(5)));
        }

        @Test
        void queryWithANonKeyOperatorIsRejected() {
            String table = tableOfTen("query-bad-op");
            assertValidation(() -> ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p AND sk <> :a")
                            .expressionAttributeValues(Map.of(":p", s("p"), ":a", s("x")))),
                    "Invalid operator used in KeyConditionExpression: <>");
        }
    }

    @Nested
    class Scans {

        /** pk=p0..p4 and sk=a,b: ten items in five partitions. */
        private String tableOfFivePartitions() {
            String table = table("scan", true);
            for (int p = 0; p < 5; p++) {
                for (String sk : List.of("a", "b")) {
                    var row = item("pk", "p" + p, "sk", sk);
                    ddb.putItem(b -> b.tableName(table).item(row));
                }
            }
            return table;
        }

        private static String key(Map<String, AttributeValue> item) {
            return item.get("pk").s() + "/" + item.get("sk").s();
        }

        @Test
        void scanPagesWithLimitAndReturnsEveryItemOnce() {
            String table = tableOfFivePartitions();
            List<String> seen = new ArrayList<>();
            List<Integer> pageSizes = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = ddb.scan(b -> b.tableName(table).limit(4).exclusiveStartKey(from));
                page.items().forEach(i -> seen.add(key(i)));
                pageSizes.add(page.count());
                start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            } while (start != null);

            assertThat(pageSizes).containsExactly(4, 4, 2);
            assertThat(seen).doesNotHaveDuplicates().hasSize(10);
        }

        @Test
        void parallelScanSegmentsAreDisjointAndCoverTheTable() {
            String table = tableOfFivePartitions();
            List<String> seen = new ArrayList<>();
            for (int segment = 0; segment < 3; segment++) {
                int current = segment;
                var response = ddb.scan(b -> b.tableName(table).segment(current).totalSegments(3));
                assertThat(response.hasLastEvaluatedKey()).isFalse();
                Set<String> partitions = new HashSet<>();
                response.items().forEach(i -> {
                    seen.add(key(i));
                    partitions.add(i.get("pk").s());
                });
                // A partition's items are never split across segments.
                assertThat(response.count()).isEqualTo(2 * partitions.size());
            }
            assertThat(seen).doesNotHaveDuplicates().hasSize(10);
        }

        @Test
        void scanFilterCountsScannedAndMatchedItems() {
            String table = tableOfFivePartitions();
            var response = ddb.scan(b -> b.tableName(table).filterExpression("sk = :a")
                    .expressionAttributeValues(Map.of(":a", s("a"))));
            assertThat(response.count()).isEqualTo(5);
            assertThat(response.scannedCount()).isEqualTo(10);
        }
    }

    @Nested
    class Batches {

        @Test
        void batchGetItemReadsFromSeveralTablesAndSkipsMissingKeys() {
            String one = table("batch-get-1", false);
            String two = table("batch-get-2", true);
            ddb.putItem(b -> b.tableName(one).item(item("pk", "a", "v", "1")));
            ddb.putItem(b -> b.tableName(two).item(item("pk", "a", "sk", "x", "v", "2")));

            var response = ddb.batchGetItem(b -> b.requestItems(Map.of(
                    one, KeysAndAttributes.builder()
                            .keys(item("pk", "a"), item("pk", "missing")).build(),
                    two, KeysAndAttributes.builder()
                            .keys(item("pk", "a", "sk", "x")).build())));

            assertThat(response.responses().get(one)).containsExactly(item("pk", "a", "v", "1"));
            assertThat(response.responses().get(two)).containsExactly(item("pk", "a", "sk", "x", "v", "2"));
            assertThat(response.unprocessedKeys()).isEmpty();
        }

        @Test
        void batchWriteItemPutsAndDeletes() {
            String table = table("batch-write", false);
            ddb.putItem(b -> b.tableName(table).item(item("pk", "old")));

            var response = ddb.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
                    WriteRequest.builder().putRequest(p -> p.item(item("pk", "a"))).build(),
                    WriteRequest.builder().putRequest(p -> p.item(item("pk", "b"))).build(),
                    WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "old"))).build()))));
            assertThat(response.unprocessedItems()).isEmpty();

            var keys = ddb.scan(b -> b.tableName(table)).items().stream().map(i -> i.get("pk").s()).toList();
            assertThat(keys).containsExactlyInAnyOrder("a", "b");
        }

        @Test
        void batchWriteItemRejectsDuplicateKeys() {
            String table = table("batch-dup", false);
            assertValidation(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(
                            WriteRequest.builder().putRequest(p -> p.item(item("pk", "a"))).build(),
                            WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "a"))).build())))),
                    "Provided list of item keys contains duplicates");
            assertThat(ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))).hasItem()).isFalse();
        }

        @Test
        void batchGetItemRejectsDuplicateKeys() {
            String table = table("batch-get-dup", false);
            assertValidation(() -> ddb.batchGetItem(b -> b.requestItems(Map.of(table,
                            KeysAndAttributes.builder()
                                    .keys(item("pk", "a"), item("pk", "a")).build()))),
                    "Provided list of item keys contains duplicates");
        }
    }

    @Nested
    class BadInput {

        @Test
        @Tag(LOCAL_DIFFERS)
        void itemOperationsOnAnUnknownTableAreResourceNotFound() {
            String missing = "e2e-no-such-table";
            String notFound = message("Requested resource not found", LOCAL_NO_TABLE);
            assertDynamoError(() -> ddb.getItem(b -> b.tableName(missing).key(item("pk", "a"))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", notFound);
            assertDynamoError(() -> ddb.putItem(b -> b.tableName(missing).item(item("pk", "a"))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", notFound);
            assertDynamoError(() -> ddb.query(b -> b.tableName(missing).keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("a")))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", notFound);
        }

        @Test
        @Tag(LOCAL_DIFFERS)
        void keyOfTheWrongTypeIsRejected() {
            String table = table("bad-key-type", true);
            assertValidation(() -> ddb.getItem(b -> b.tableName(table).key(item("pk", n("1"), "sk", "a"))),
                    message("The provided key element does not match the schema",
                            "One or more parameter values were invalid: Type mismatch for key"));
            assertValidation(() -> ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "sk", n("1")))),
                    message("One or more parameter values were invalid: Type mismatch for key sk expected: S actual: N",
                            "One or more parameter values were invalid: Type mismatch for key"));
        }

        @Test
        @Tag(LOCAL_DIFFERS)
        void missingKeyAttributeIsRejected() {
            String table = table("bad-key-missing", true);
            assertValidation(() -> ddb.putItem(b -> b.tableName(table).item(item("pk", "a"))),
                    message("One or more parameter values were invalid: Missing the key sk in the item",
                            "One of the required keys was not given a value"));
            assertValidation(() -> ddb.getItem(b -> b.tableName(table).key(item("pk", "a"))),
                    message("The provided key element does not match the schema",
                            "The number of conditions on the keys is invalid"));
        }

        @Test
        void itemsUpTo400KbAreAcceptedAndLargerOnesRejected() {
            String table = table("oversized", true);
            // Size counts attribute names and values: pk(2)+big(3)+sk(2)+x(1)+data(4) = 12 bytes besides the payload.
            int atLimit = 400 * 1024 - 12;
            ddb.putItem(b -> b.tableName(table).item(item("pk", "big", "sk", "x", "data", "x".repeat(atLimit))));

            assertValidation(() -> ddb.putItem(b -> b.tableName(table)
                            .item(item("pk", "big", "sk", "x", "data", "x".repeat(atLimit + 1)))),
                    "Item size has exceeded the maximum allowed size");
        }

        @Test
        void invalidExpressionsAreRejectedWithTheParserMessage() {
            String table = table("bad-expr", true);
            assertValidation(() -> ddb.updateItem(b -> b.tableName(table).key(item("pk", "a", "sk", "b"))
                            .updateExpression("SET x = ")),
                    "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"= \"");
            assertValidation(() -> ddb.putItem(b -> b.tableName(table).item(item("pk", "a", "sk", "a"))
                            .conditionExpression("attribute_not_exists(pk")),
                    "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"pk\"");
        }

        @Test
        void reservedWordsAsAttributeNamesAreRejected() {
            String table = table("reserved", true);
            assertValidation(() -> ddb.updateItem(b -> b.tableName(table).key(item("pk", "a", "sk", "b"))
                            .updateExpression("REMOVE other")),
                    "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: other");
        }

        @Test
        void unusedExpressionAttributeValuesAreRejected() {
            String table = table("unused-value", true);
            assertValidation(() -> ddb.updateItem(b -> b.tableName(table).key(item("pk", "a", "sk", "b"))
                            .updateExpression("SET x = :v")
                            .expressionAttributeValues(Map.of(":v", n("1"), ":w", n("2")))),
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}");
        }
    }
}
