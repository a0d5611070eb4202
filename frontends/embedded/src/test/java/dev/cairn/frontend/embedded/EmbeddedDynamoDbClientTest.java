package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class EmbeddedDynamoDbClientTest {

    @Test
    void serviceNameIsDynamoDbs() {
        try (DynamoDbClient client = EmbeddedDynamoDbClient.owning(Engines.inMemory())) {
            assertThat(client.serviceName()).isEqualTo("dynamodb").isEqualTo(DynamoDbClient.SERVICE_NAME);
        }
    }

    @Test
    void operationsTheEngineLacksThrowUnsupportedOperation() {
        try (DynamoDbClient client = EmbeddedDynamoDbClient.owning(Engines.inMemory())) {
            assertThatThrownBy(() -> client.createBackup(b -> b.tableName("t").backupName("b")))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> client.describeTimeToLive(b -> b.tableName("t")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void anOwningClientClosesItsEngineOnceWhenClosedTwice() {
        RecordingEngine engine = new RecordingEngine();
        DynamoDbClient client = EmbeddedDynamoDbClient.owning(engine);

        client.close();
        client.close();

        assertThat(engine.closes()).isEqualTo(1);
    }

    @Test
    void aClientOverAnEngineLeavesItOpen() {
        RecordingEngine engine = new RecordingEngine();
        DynamoDbClient client = EmbeddedDynamoDbClient.over(engine);

        client.close();

        assertThat(engine.closes()).isZero();
        Tables.createKeyed(EmbeddedDynamoDbClient.over(engine), "still");
        engine.close();
    }

    @Test
    void clientsOverOneEngineShareItsTables() {
        try (var engine = Engines.inMemory()) {
            Tables.createKeyed(EmbeddedDynamoDbClient.over(engine), "shared");

            assertThat(EmbeddedDynamoDbClient.over(engine).listTables().tableNames()).containsExactly("shared");
        }
    }
}
