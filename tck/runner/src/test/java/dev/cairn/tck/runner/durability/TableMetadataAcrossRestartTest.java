package dev.cairn.tck.runner.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.backend.rocksdb.RocksDbStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.embedded.EmbeddedDynamoDbClient;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/**
 * A table's tags and its TableId are stored with the table in the catalog of the RocksDB store:
 * they are the same after the store is closed and opened again, and the tags go with the table.
 */
class TableMetadataAcrossRestartTest {

    private static final String ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/tagged";

    @TempDir
    Path dataDir;

    @Test
    void tagsAndTableIdSurviveARestartAndTagsAreDroppedWithTheirTable() {
        String[] tableId = new String[1];
        session(client -> {
            client.createTable(table().tags(tag("created", "with-the-table")).build());
            client.tagResource(r -> r.resourceArn(ARN).tags(tag("added", "later")));
            client.untagResource(r -> r.resourceArn(ARN).tagKeys("created"));
            tableId[0] = client.describeTable(r -> r.tableName("tagged")).table().tableId();
        });

        session(client -> {
            assertThat(client.listTagsOfResource(r -> r.resourceArn(ARN)).tags()).containsExactly(tag("added", "later"));
            assertThat(client.describeTable(r -> r.tableName("tagged")).table().tableId()).isEqualTo(tableId[0]);
            client.deleteTable(r -> r.tableName("tagged"));
        });

        session(client -> {
            client.createTable(table().build());
            assertThat(client.listTagsOfResource(r -> r.resourceArn(ARN)).tags()).isEmpty();
            assertThat(client.describeTable(r -> r.tableName("tagged")).table().tableId()).isNotEqualTo(tableId[0]);
        });
    }

    /** One life of the server: the store opened, used through the SDK interface, and closed. */
    private void session(Consumer<DynamoDbClient> use) {
        CairnEngine engine = new CairnEngine(new RocksDbStorageProvider().open(new StoreConfig(dataDir, Map.of())));
        try (DynamoDbClient client = EmbeddedDynamoDbClient.owning(engine)) {
            use.accept(client);
        }
    }

    private static CreateTableRequest.Builder table() {
        return CreateTableRequest.builder().tableName("tagged").billingMode("PAY_PER_REQUEST")
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S));
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
