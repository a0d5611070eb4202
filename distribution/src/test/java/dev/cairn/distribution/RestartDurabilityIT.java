package dev.cairn.distribution;

import static dev.cairn.distribution.Sdk.item;
import static dev.cairn.distribution.Sdk.n;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Data on RocksDB outlives the process: after a clean stop (SIGTERM) every table and item is back,
 * and after a crash (SIGKILL) every write that was acknowledged is back, because by default each
 * acknowledged write's WAL record is fsynced.
 */
class RestartDurabilityIT {

    @TempDir
    Path dataDir;

    private static void createTables(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("customer").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("order").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                        k -> k.attributeName("order").keyType(KeyType.RANGE)));
        ddb.createTable(b -> b.tableName("settings").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(3L).writeCapacityUnits(4L))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    }

    private static Map<String, AttributeValue> order(int customer, int order) {
        return item("customer", "c" + customer, "order", n(Integer.toString(order)), "total", n(customer + "." + order));
    }

    @Test
    void tablesAndItemsSurviveACleanStopAndRestart() throws Exception {
        try (CairnProcess server = CairnProcess.serve("rocksdb", dataDir);
                DynamoDbClient ddb = Sdk.client(server.endpoint())) {
            createTables(ddb);
            for (int c = 0; c < 5; c++) {
                for (int o = 0; o < 10; o++) {
                    var row = order(c, o);
                    ddb.putItem(b -> b.tableName("orders").item(row));
                }
            }
            ddb.putItem(b -> b.tableName("settings").item(item("id", "theme", "value", "dark")));
            ddb.updateItem(b -> b.tableName("settings").key(item("id", "theme"))
                    .updateExpression("SET #v = :v").expressionAttributeNames(Map.of("#v", "value"))
                    .expressionAttributeValues(Map.of(":v", Sdk.s("light"))));
            ddb.deleteItem(b -> b.tableName("orders").key(item("customer", "c0", "order", n("0"))));

            assertThat(server.terminate()).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(server.output()).contains("Cairn stopped");
        }

        try (CairnProcess server = CairnProcess.serve("rocksdb", dataDir);
                DynamoDbClient ddb = Sdk.client(server.endpoint())) {
            assertThat(ddb.listTables().tableNames()).containsExactly("orders", "settings");
            var settings = ddb.describeTable(b -> b.tableName("settings")).table();
            assertThat(settings.keySchema()).extracting(k -> k.attributeName()).containsExactly("id");
            assertThat(settings.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);

            for (int c = 0; c < 5; c++) {
                int customer = c;
                var items = ddb.query(b -> b.tableName("orders").keyConditionExpression("customer = :c")
                        .expressionAttributeValues(Map.of(":c", Sdk.s("c" + customer)))).items();
                assertThat(items).hasSize(c == 0 ? 9 : 10);
                assertThat(items).contains(order(c, 9));
            }
            assertThat(ddb.getItem(b -> b.tableName("orders").key(item("customer", "c0", "order", n("0")))).hasItem())
                    .isFalse();
            assertThat(ddb.getItem(b -> b.tableName("settings").key(item("id", "theme"))).item())
                    .containsEntry("value", Sdk.s("light"));
        }
    }

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        int written = 200;
        try (CairnProcess server = CairnProcess.serve("rocksdb", dataDir);
                DynamoDbClient ddb = Sdk.client(server.endpoint())) {
            createTables(ddb);
            for (int o = 0; o < written; o++) {
                var row = order(1, o);
                ddb.putItem(b -> b.tableName("orders").item(row));
            }
            server.kill();
        }

        try (CairnProcess server = CairnProcess.serve("rocksdb", dataDir);
                DynamoDbClient ddb = Sdk.client(server.endpoint())) {
            assertThat(ddb.listTables().tableNames()).containsExactly("orders", "settings");
            var count = ddb.query(b -> b.tableName("orders").keyConditionExpression("customer = :c")
                    .expressionAttributeValues(Map.of(":c", Sdk.s("c1")))).count();
            assertThat(count).isEqualTo(written);
            assertThat(ddb.getItem(b -> b.tableName("orders").key(item("customer", "c1", "order", n("199")))).item())
                    .isEqualTo(order(1, 199));
        }
    }
}
