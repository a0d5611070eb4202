package dev.cairn.frontend.embedded;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** Tables and items the tests share: a (pk S, sk N) table and an item holding every attribute type. */
final class Tables {

    private Tables() {}

    static void createKeyed(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table)
                .attributeDefinitions(definition("pk", "S"), definition("sk", "N"))
                .keySchema(key("pk", "HASH"), key("sk", "RANGE"))
                .billingMode("PAY_PER_REQUEST"));
    }

    static AttributeDefinition definition(String name, String type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    static KeySchemaElement key(String name, String role) {
        return KeySchemaElement.builder().attributeName(name).keyType(role).build();
    }

    static Map<String, AttributeValue> key(String pk, int sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)));
    }

    static SdkBytes bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return SdkBytes.fromByteArray(b);
    }

    /** One attribute of each of the ten types, with nesting inside M and L, in canonical form (numbers normalised). */
    static Map<String, AttributeValue> everyType(String pk, int sk) {
        return Map.ofEntries(
                Map.entry("pk", AttributeValue.fromS(pk)),
                Map.entry("sk", AttributeValue.fromN(Integer.toString(sk))),
                Map.entry("s", AttributeValue.fromS("grüße ✓")),
                Map.entry("emptyS", AttributeValue.fromS("")),
                Map.entry("n", AttributeValue.fromN("-12.5")),
                Map.entry("big", AttributeValue.fromN("12345678901234567890123456789012345678")),
                Map.entry("b", AttributeValue.fromB(bytes(0, 1, 127, 128, 255))),
                Map.entry("bool", AttributeValue.fromBool(false)),
                Map.entry("null", AttributeValue.fromNul(true)),
                Map.entry("m", AttributeValue.fromM(Map.of(
                        "nested", AttributeValue.fromM(Map.of("deep", AttributeValue.fromL(List.of(
                                AttributeValue.fromS("x"), AttributeValue.fromB(bytes(9)), AttributeValue.fromNs(List.of("1")))))),
                        "emptyM", AttributeValue.fromM(Map.of())))),
                Map.entry("l", AttributeValue.fromL(List.of(
                        AttributeValue.fromN("3"), AttributeValue.fromL(List.of()), AttributeValue.fromBool(true),
                        AttributeValue.fromM(Map.of("k", AttributeValue.fromBs(List.of(bytes(1), bytes(2)))))))),
                Map.entry("ss", AttributeValue.fromSs(List.of("b", "a"))),
                Map.entry("ns", AttributeValue.fromNs(List.of("2.5", "-1", "0.001"))),
                Map.entry("bs", AttributeValue.fromBs(List.of(bytes(3), bytes(0, 0)))));
    }
}
