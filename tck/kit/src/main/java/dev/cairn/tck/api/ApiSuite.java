package dev.cairn.tck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * What every API suite shares: the target taken from {@link #target()} before each test, the
 * abort rules (missing {@link Requires capabilities}, {@link DynamoDbLocalDiffers documented
 * differences} in the reference run), and tables that belong to one test only.
 *
 * <p>Tables are named with a random suffix, created PAY_PER_REQUEST, awaited until ACTIVE (real
 * DynamoDB creates asynchronously) and deleted after the test. Nothing else on the server is
 * touched, so the suites run against a shared, non-empty server.
 */
@Timeout(120)
public abstract class ApiSuite {

    /** The client of the current test's target. */
    protected DynamoDbClient client;
    /** The capabilities of the current test's target. */
    protected ApiCapabilities capabilities;

    private final List<String> tables = new ArrayList<>();

    /** The target under test; may return the same target for every test. */
    protected abstract ApiTarget target();

    @BeforeEach
    void openTarget(TestInfo info) {
        ApiTarget target = target();
        client = target.client();
        capabilities = target.capabilities();
        Method method = info.getTestMethod().orElseThrow();
        DynamoDbLocalDiffers differs = method.getAnnotation(DynamoDbLocalDiffers.class);
        if (differs != null && capabilities.isDynamoDbLocal()) {
            Assumptions.abort("DynamoDB Local differs from DynamoDB here: " + differs.reason());
        }
        require(method.getAnnotation(Requires.class));
        for (Class<?> type = info.getTestClass().orElseThrow(); type != null; type = type.getSuperclass()) {
            require(type.getAnnotation(Requires.class));
        }
    }

    @AfterEach
    void dropTables() {
        for (String table : tables) {
            try {
                client.deleteTable(r -> r.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                // the test deleted it itself
            }
        }
        tables.clear();
    }

    private void require(Requires requires) {
        if (requires != null) {
            for (Capability capability : requires.value()) {
                assumeTrue(capabilities.has(capability), "the target lacks " + capability);
            }
        }
    }

    /** A table name no other test, run or user of a shared server has; not created. */
    protected String uniqueTableName() {
        return "cairn-tck-" + getClass().getSimpleName() + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    /** A new table keyed by the string hash key {@code pk}. */
    protected String hashTable() {
        return createTable(uniqueTableName(), "pk", ScalarAttributeType.S, null, null);
    }

    /** A new table keyed by string {@code pk} and sort key {@code sk} of the given type. */
    protected String compositeTable(ScalarAttributeType sortType) {
        return createTable(uniqueTableName(), "pk", ScalarAttributeType.S, "sk", sortType);
    }

    /** A new table keyed by string {@code pk}, with global index {@code byCity} (string {@code city}) projecting ALL. */
    protected String globalIndexTable() {
        return createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("city", ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("byCity").keySchema(key("city", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build());
    }

    /** A new PAY_PER_REQUEST table with this key, awaited until ACTIVE and deleted after the test. */
    protected String createTable(String name, String hash, ScalarAttributeType hashType, String sort,
            ScalarAttributeType sortType) {
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (sort == null) {
            request.keySchema(key(hash, KeyType.HASH)).attributeDefinitions(attribute(hash, hashType));
        } else {
            request.keySchema(key(hash, KeyType.HASH), key(sort, KeyType.RANGE))
                    .attributeDefinitions(attribute(hash, hashType), attribute(sort, sortType));
        }
        return createTable(request.build());
    }

    /** Creates the table as requested, remembers it for deletion and waits until it is ACTIVE. */
    protected String createTable(CreateTableRequest request) {
        client.createTable(request);
        tables.add(request.tableName());
        awaitActive(request.tableName());
        return request.tableName();
    }

    /** Takes a table the test created itself into this suite's care: awaited until ACTIVE, deleted afterwards. */
    protected void adopt(String table) {
        tables.add(table);
        awaitActive(table);
    }

    /** The table's description once its status (and every index's) is ACTIVE. */
    protected TableDescription awaitActive(String table) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            TableDescription description = client.describeTable(r -> r.tableName(table)).table();
            boolean indexesActive = description.globalSecondaryIndexes().stream()
                    .allMatch(index -> "ACTIVE".equals(index.indexStatusAsString()));
            if (description.tableStatus() == TableStatus.ACTIVE && indexesActive) {
                return description;
            }
            assertThat(System.nanoTime()).as("table %s still %s", table, description.tableStatus()).isLessThan(deadline);
            pause();
        }
    }

    /** Waits until DescribeTable no longer finds the table (real DynamoDB deletes asynchronously). */
    protected void awaitDeleted(String table) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                client.describeTable(r -> r.tableName(table));
            } catch (ResourceNotFoundException gone) {
                return;
            }
            assertThat(System.nanoTime()).as("table %s still exists", table).isLessThan(deadline);
            pause();
        }
    }

    protected void put(String table, Map<String, AttributeValue> item) {
        client.putItem(r -> r.tableName(table).item(item));
    }

    /** The item read with strong consistency, or null when absent. */
    protected Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        var response = client.getItem(r -> r.tableName(table).key(key).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }

    protected static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    protected static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a table", e);
        }
    }
}
