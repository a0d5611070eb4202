package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Java nulls in the SDK's maps and lists, which an in-process caller can pass and the JSON wire
 * spells {@code null}: refused with DynamoDB's ValidationException, as over HTTP, and the stored
 * item left as it was (issue 14). Before the fix a null item value reached the item codec.
 */
class NullValuesTest {

    private static final String NULL_VALUE = "The supplied Item contains a null AttributeValue";

    private final DynamoDbClient client = EmbeddedDynamoDbClient.owning(Engines.inMemory());

    @BeforeEach
    void table() {
        Tables.createKeyed(client, "nulls");
        client.putItem(b -> b.tableName("nulls").item(withValue(Tables.key("a", 1), "d", AttributeValue.fromS("kept"))));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void nullItemValueIsRefusedAndTheItemKept() {
        DynamoDbException error = catchThrowableOfType(DynamoDbException.class, () -> client.putItem(b -> b
                .tableName("nulls").item(withValue(Tables.key("a", 1), "d", null))));

        assertValidation(error, NULL_VALUE + ": d is null");
        assertThat(client.getItem(b -> b.tableName("nulls").key(Tables.key("a", 1))).item())
                .containsEntry("d", AttributeValue.fromS("kept"));
    }

    @Test
    void nullListElementAndMapValueAreRefused() {
        AttributeValue list = AttributeValue.fromL(Arrays.asList(AttributeValue.fromS("x"), null));
        AttributeValue map = AttributeValue.fromM(withValue(new HashMap<>(), "x", null));

        assertValidation(catchThrowableOfType(DynamoDbException.class, () -> client.putItem(b -> b.tableName("nulls")
                .item(withValue(Tables.key("a", 2), "l", list)))), NULL_VALUE);
        assertValidation(catchThrowableOfType(DynamoDbException.class, () -> client.putItem(b -> b.tableName("nulls")
                .item(withValue(Tables.key("a", 2), "m", map)))), NULL_VALUE + ": x is null");
    }

    @Test
    void nullsInTheRequestsOwnMapsAndListsAreRefused() {
        assertValidation(catchThrowableOfType(DynamoDbException.class, () -> client.deleteItem(b -> b.tableName("nulls")
                .key(Tables.key("a", 1)).expected(withValue(new HashMap<String, ExpectedAttributeValue>(), "d", null)))),
                "One or more parameter values were invalid: ExpectedAttributeValue must not be null for Attribute: d");
        assertValidation(catchThrowableOfType(DynamoDbException.class, () -> client.getItem(b -> b.tableName("nulls")
                .key(Tables.key("a", 1)).attributesToGet(Arrays.asList("d", null)))), "Empty attribute name");
        assertValidation(catchThrowableOfType(DynamoDbException.class, () -> client.batchWriteItem(b -> b.requestItems(
                Map.of("nulls", Arrays.asList((WriteRequest) null))))),
                "The batch write request list for a table cannot be null or empty");
        assertValidation(catchThrowableOfType(DynamoDbException.class, () -> client.transactWriteItems(b -> b
                .transactItems(Arrays.asList((TransactWriteItem) null)))),
                "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
        assertThat(client.scan(b -> b.tableName("nulls")).items()).hasSize(1);
    }

    private static void assertValidation(DynamoDbException error, String message) {
        assertThat(error).isNotNull();
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(message);
    }

    private static <V> Map<String, V> withValue(Map<String, V> base, String name, V value) {
        Map<String, V> item = new HashMap<>(base);
        item.put(name, value);
        return item;
    }

}
