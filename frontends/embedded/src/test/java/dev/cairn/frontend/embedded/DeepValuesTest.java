package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Values nested deep, in process: past 32 levels the engine's ValidationException, and a value far
 * deeper than any wire body could carry the HTTP front end's SerializationException, never a
 * StackOverflowError in the caller's thread.
 */
class DeepValuesTest {

    private final DynamoDbClient client = EmbeddedDynamoDbClient.owning(Engines.inMemory());

    @BeforeEach
    void table() {
        Tables.createKeyed(client, "deep");
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anItemNestedPastThirtyTwoLevelsIsAValidationError() {
        DynamoDbException error = put(40);

        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Nesting Levels have exceeded supported limits: "
                + "Attributes in the item have nested levels beyond supported limit");
    }

    @Test
    void aValueNestedAHundredThousandLevelsIsASerializationError() {
        DynamoDbException error = put(100_000);

        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("SerializationException");
        assertThat(error.statusCode()).isEqualTo(400);
    }

    private DynamoDbException put(int depth) {
        AttributeValue value = AttributeValue.fromN("1");
        for (int i = 0; i < depth; i++) {
            value = AttributeValue.fromL(java.util.List.of(value));
        }
        Map<String, AttributeValue> item = new HashMap<>(Tables.key("a", 1));
        item.put("doc", value);
        return catchThrowableOfType(DynamoDbException.class, () -> client.putItem(b -> b.tableName("deep").item(item)));
    }
}
