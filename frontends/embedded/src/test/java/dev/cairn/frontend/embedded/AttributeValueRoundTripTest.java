package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.frontend.embedded.junit.CairnExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class AttributeValueRoundTripTest {

    @RegisterExtension
    static final CairnExtension CAIRN = Engines.extension();

    private DynamoDbClient client;

    @BeforeEach
    void table(DynamoDbClient client) {
        this.client = client;
        Tables.createKeyed(client, "values");
    }

    @Test
    void everyAttributeTypeSurvivesPutAndGet() {
        Map<String, AttributeValue> item = Tables.everyType("a", 1);
        client.putItem(b -> b.tableName("values").item(item));

        var got = client.getItem(b -> b.tableName("values").key(Tables.key("a", 1)));

        assertThat(got.hasItem()).isTrue();
        assertThat(got.item()).isEqualTo(item);
    }

    @Test
    void setsKeepTheirElementsAndBinaryKeepsItsBytes() {
        client.putItem(b -> b.tableName("values").item(Tables.everyType("a", 1)));

        var got = client.getItem(b -> b.tableName("values").key(Tables.key("a", 1))).item();

        assertThat(got.get("ss").ss()).containsExactlyInAnyOrder("a", "b");
        assertThat(got.get("ns").ns()).containsExactlyInAnyOrder("2.5", "-1", "0.001");
        assertThat(got.get("bs").bs()).containsExactlyInAnyOrder(Tables.bytes(3), Tables.bytes(0, 0));
        assertThat(got.get("b").b().asByteArray()).containsExactly(0, 1, 127, (byte) 128, (byte) 255);
        assertThat(got.get("m").m().get("emptyM").hasM()).isTrue();
        assertThat(got.get("l").l().get(1).hasL()).isTrue();
    }

    @Test
    void everyAttributeTypeTravelsAsAnExpressionValueAndComesBackAsAllNew() {
        Map<String, AttributeValue> values = Tables.everyType("ignored", 0);
        var update = new StringBuilder("SET ");
        Map<String, String> names = new java.util.LinkedHashMap<>();
        Map<String, AttributeValue> expressionValues = new java.util.LinkedHashMap<>();
        int i = 0;
        for (var entry : values.entrySet()) {
            if (entry.getKey().equals("pk") || entry.getKey().equals("sk")) {
                continue;
            }
            update.append(i == 0 ? "" : ", ").append("#a").append(i).append(" = :v").append(i);
            names.put("#a" + i, entry.getKey());
            expressionValues.put(":v" + i, entry.getValue());
            i++;
        }

        var response = client.updateItem(b -> b.tableName("values").key(Tables.key("a", 1))
                .updateExpression(update.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(expressionValues).returnValues("ALL_NEW"));

        Map<String, AttributeValue> expected = new java.util.HashMap<>(values);
        expected.putAll(Tables.key("a", 1));
        assertThat(response.attributes()).isEqualTo(expected);
    }

    @Test
    void anAttributeValueWithNoTypeIsTheValidationErrorOfAnEmptyJsonValue() {
        assertThatThrownBy(() -> client.putItem(b -> b.tableName("values").item(Map.of(
                "pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"), "x", AttributeValue.builder().build()))))
                .isExactlyInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage()).isEqualTo(
                        "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"));
    }

    @Test
    void anAttributeValueWithTwoTypesIsAValidationError() {
        AttributeValue twoTypes = AttributeValue.builder().s("a").n("1").build();

        assertThatThrownBy(() -> client.getItem(b -> b.tableName("values").key(Map.of("pk", twoTypes, "sk", AttributeValue.fromN("1")))))
                .isExactlyInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage()).isEqualTo(
                        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes"));
    }

    @Test
    void anExplicitlyEmptySetReachesTheEngineAndIsRejectedThere() {
        assertThatThrownBy(() -> client.putItem(b -> b.tableName("values").item(Map.of(
                "pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"), "ss", AttributeValue.fromSs(List.of())))))
                .isInstanceOf(DynamoDbException.class)
                .satisfies(e -> assertThat(((DynamoDbException) e).awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    }

    @Test
    void numbersComeBackInDynamoDbsCanonicalForm() {
        client.putItem(b -> b.tableName("values").item(Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1"),
                "n", AttributeValue.fromN("0012.500"))));

        var got = client.getItem(b -> b.tableName("values").key(Tables.key("a", 1))).item();

        assertThat(got.get("n").n()).isEqualTo("12.5");
    }
}
