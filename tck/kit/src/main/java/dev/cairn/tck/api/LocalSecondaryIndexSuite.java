package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Local secondary indexes. A local index re-sorts one partition by another sort key, is read with
 * strong consistency if asked and fetches attributes it does not project from the base item. Its
 * key attribute is typed: an update giving it the wrong type is rejected. DescribeTable lists a
 * table's local and global indexes with their key schemas and projections.
 */
@Requires(Capability.SECONDARY_INDEXES)
public abstract class LocalSecondaryIndexSuite extends ApiSuite {

    // ---- local secondary indexes -------------------------------------------------------------

    @Test
    void localIndexQueryReturnsThePartitionInIndexSortKeyOrderAndLeavesOutItemsWithoutIt() {
        String table = localIndexTable();
        put(table, item("pk", s("p"), "sk", n(1), "rank", n(30)));
        put(table, item("pk", s("p"), "sk", n(2), "rank", n(10)));
        put(table, item("pk", s("p"), "sk", n(3), "rank", n(20)));
        put(table, item("pk", s("p"), "sk", n(4)));
        put(table, item("pk", s("q"), "sk", n(1), "rank", n(5)));

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byRank").consistentRead(true)
                .keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("p"))));

        assertThat(response.items()).containsExactly(item("pk", s("p"), "sk", n(2), "rank", n(10)),
                item("pk", s("p"), "sk", n(3), "rank", n(20)), item("pk", s("p"), "sk", n(1), "rank", n(30)));
        assertThat(response.count()).isEqualTo(3);
    }

    @Test
    void localIndexQueryBackwardReturnsDescendingIndexSortKeyOrder() {
        String table = localIndexTable();
        put(table, item("pk", s("p"), "sk", n(1), "rank", n(30)));
        put(table, item("pk", s("p"), "sk", n(2), "rank", n(10)));
        put(table, item("pk", s("p"), "sk", n(3), "rank", n(20)));

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byRank").consistentRead(true)
                .scanIndexForward(false).keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("p"))));

        assertThat(sortKeys(response.items())).containsExactly("1", "3", "2");
    }

    @Test
    void localIndexKeyConditionRangesOverTheIndexSortKey() {
        String table = localIndexTable();
        for (int sk = 1; sk <= 6; sk++) {
            put(table, item("pk", s("p"), "sk", n(sk), "rank", n(70 - sk * 10)));
        }

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byRank").consistentRead(true)
                .keyConditionExpression("pk = :p AND #r BETWEEN :lo AND :hi").expressionAttributeNames(Map.of("#r", "rank"))
                .expressionAttributeValues(item(":p", s("p"), ":lo", n(20), ":hi", n(40))));

        assertThat(sortKeys(response.items())).containsExactly("5", "4", "3");
    }

    @Test
    void localIndexFetchesAttributesItDoesNotProjectWhenAllAttributesAreSelected() {
        String table = localIndexTable();
        put(table, item("pk", s("p"), "sk", n(1), "rank", n(2), "note", s("kept in the base item"), "size", n(9)));

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byRank").consistentRead(true)
                .select(Select.ALL_ATTRIBUTES).keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("p"))));

        assertThat(response.items()).containsExactly(
                item("pk", s("p"), "sk", n(1), "rank", n(2), "note", s("kept in the base item"), "size", n(9)));
    }

    @Test
    void localIndexFetchesAttributesItDoesNotProjectWhenTheProjectionNamesThem() {
        String table = localIndexTable();
        put(table, item("pk", s("p"), "sk", n(1), "rank", n(2), "note", s("fetched"), "size", n(9)));

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byRank").consistentRead(true)
                .projectionExpression("note, sk").keyConditionExpression("pk = :p").expressionAttributeValues(item(":p", s("p"))));

        assertThat(response.items()).containsExactly(item("note", s("fetched"), "sk", n(1)));
    }

    // ---- index key types -----------------------------------------------------------------

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers only \"One or more parameter values were invalid: "
            + "Type mismatch for Index Key\", without the attribute, the types and the index name")
    void updateGivingALocalIndexKeyTheWrongTypeIsRejected() {
        String table = localIndexTable();
        put(table, item("pk", s("p"), "sk", n(1), "rank", n(1)));

        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key rank Expected: N Actual: S "
                + "IndexName: byRank", () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("p"), "sk", n(1)))
                        .updateExpression("SET #r = :r").expressionAttributeNames(Map.of("#r", "rank"))
                        .expressionAttributeValues(item(":r", s("high")))));
        assertThat(get(table, item("pk", s("p"), "sk", n(1)))).isEqualTo(item("pk", s("p"), "sk", n(1), "rank", n(1)));
    }

    // ---- index DDL ---------------------------------------------------------------------

    @Test
    void describeTableListsEachIndexWithItsKeySchemaAndProjection() {
        String table = createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("rank", ScalarAttributeType.N), attribute("city", ScalarAttributeType.S))
                .localSecondaryIndexes(l -> l.indexName("byRank").keySchema(key("pk", KeyType.HASH), key("rank", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .globalSecondaryIndexes(g -> g.indexName("byCity").keySchema(key("city", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("note")))
                .build());

        TableDescription description = client.describeTable(r -> r.tableName(table)).table();

        assertThat(description.localSecondaryIndexes()).singleElement().satisfies((LocalSecondaryIndexDescription lsi) -> {
            assertThat(lsi.indexName()).isEqualTo("byRank");
            assertThat(lsi.keySchema()).containsExactly(key("pk", KeyType.HASH), key("rank", KeyType.RANGE));
            assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
            assertThat(lsi.projection().hasNonKeyAttributes()).isFalse();
            assertThat(lsi.indexArn()).isEqualTo(description.tableArn() + "/index/byRank");
        });
        assertThat(description.globalSecondaryIndexes()).singleElement().satisfies((GlobalSecondaryIndexDescription gsi) -> {
            assertThat(gsi.indexName()).isEqualTo("byCity");
            assertThat(gsi.keySchema()).containsExactly(key("city", KeyType.HASH));
            assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(gsi.projection().nonKeyAttributes()).containsExactly("note");
            assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(gsi.indexArn()).isEqualTo(description.tableArn() + "/index/byCity");
        });
    }

    // ---- helpers -----------------------------------------------------------------------

    /** pk S, sk N, and local index byRank (pk, rank N) projecting KEYS_ONLY. */
    private String localIndexTable() {
        return createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("rank", ScalarAttributeType.N))
                .localSecondaryIndexes(l -> l.indexName("byRank").keySchema(key("pk", KeyType.HASH), key("rank", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .build());
    }

    private static List<String> sortKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("sk").n()).toList();
    }
}
