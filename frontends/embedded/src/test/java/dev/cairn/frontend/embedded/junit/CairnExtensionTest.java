package dev.cairn.frontend.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.embedded.EmbeddedDynamoDbClient;
import dev.cairn.spi.storage.StoreConfig;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** The extension as its README shows it: registered on a static field, with the engine built by the test. */
class CairnExtensionTest {

    private static final AtomicInteger ENGINES_MADE = new AtomicInteger();

    @RegisterExtension
    static CairnExtension cairn = CairnExtension.withEngine(() -> {
        ENGINES_MADE.incrementAndGet();
        return new CairnEngine(new MemoryStorageProvider().open(new StoreConfig(null, Map.of())));
    });

    private static void createTable(DynamoDbClient client) {
        client.createTable(b -> b.tableName("same-name-every-time")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build())
                .billingMode("PAY_PER_REQUEST"));
    }

    @RepeatedTest(3)
    void everyTestStartsWithAnEmptyEngine(DynamoDbClient client) {
        assertThat(client.listTables().tableNames()).isEmpty();
        createTable(client);
    }

    @Test
    void theParameterAndTheAccessorAreTheSameClient(DynamoDbClient client, EmbeddedDynamoDbClient embedded) {
        assertThat(client).isSameAs(embedded).isSameAs(cairn.client());
    }

    @Test
    void eachTestGetsItsOwnEngine(DynamoDbClient client) {
        int before = ENGINES_MADE.get();
        createTable(client);

        assertThat(ENGINES_MADE.get()).isEqualTo(before);
        assertThat(cairn.client().listTables().tableNames()).containsExactly("same-name-every-time");
    }

    @AfterEach
    void clientIsStillUsableInAfterEach(DynamoDbClient client) {
        assertThat(client.listTables().hasTableNames()).isTrue();
    }

    @Test
    void theAccessorOutsideATestSaysWhy() {
        CairnExtension idle = CairnExtension.withEngine(() -> {
            throw new AssertionError("never built");
        });

        assertThatThrownBy(idle::client).isInstanceOf(IllegalStateException.class).hasMessageContaining("No test is running");
    }
}
