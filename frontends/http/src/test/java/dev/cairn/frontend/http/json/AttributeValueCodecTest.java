package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeValueCodecTest {

    private final JsonWireCodec codec = new JsonWireCodec();

    /** Every type, nested, in DynamoDB's JSON (the shape DynamoDB Local returns). */
    static final String EVERY_TYPE_JSON = "{\"s\":{\"S\":\"text\"},\"n\":{\"N\":\"1.50\"},\"b\":{\"B\":\"AAEC\"},"
            + "\"t\":{\"BOOL\":true},\"z\":{\"NULL\":true},"
            + "\"m\":{\"M\":{\"x\":{\"L\":[{\"NULL\":true},{\"BOOL\":false},{\"NS\":[\"1\",\"2\"]},{\"SS\":[\"a\"]},"
            + "{\"M\":{\"deep\":{\"B\":\"/w==\"}}}]}}},"
            + "\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"-1\",\"1E+3\"]},\"bs\":{\"BS\":[\"AAEC\",\"/w==\"]},"
            + "\"empty\":{\"M\":{}},\"none\":{\"L\":[]}}";

    static Map<String, AttributeValue> everyType() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.s("text"));
        item.put("n", AttributeValue.n("1.50"));
        item.put("b", AttributeValue.b(new byte[] {0, 1, 2}));
        item.put("t", new AttributeValue.Bool(true));
        item.put("z", new AttributeValue.Null(true));
        item.put("m", new AttributeValue.M(Map.of("x", new AttributeValue.L(List.of(
                new AttributeValue.Null(true),
                new AttributeValue.Bool(false),
                new AttributeValue.NS(List.of("1", "2")),
                new AttributeValue.SS(List.of("a")),
                new AttributeValue.M(Map.of("deep", AttributeValue.b(new byte[] {(byte) 0xff}))))))));
        item.put("ss", new AttributeValue.SS(List.of("a", "b")));
        item.put("ns", new AttributeValue.NS(List.of("-1", "1E+3")));
        item.put("bs", new AttributeValue.BS(List.of(new byte[] {0, 1, 2}, new byte[] {(byte) 0xff})));
        item.put("empty", new AttributeValue.M(Map.of()));
        item.put("none", new AttributeValue.L(List.of()));
        return item;
    }

    @Test
    void readsEveryAttributeValueTypeNestedAndBinary() {
        PutItemRequest request = read("{\"TableName\":\"t\",\"Item\":" + EVERY_TYPE_JSON + "}");

        assertThat(request.item()).isEqualTo(everyType());
        assertThat(request.item().keySet()).containsExactlyElementsOf(everyType().keySet());
    }

    @Test
    void writesEveryAttributeValueTypeExactlyAsDynamoDb() {
        String json = write(new PutItemResponse(everyType(), null, null));

        assertThat(json).isEqualTo("{\"Attributes\":" + EVERY_TYPE_JSON + "}");
    }

    @Test
    void numbersStayTheTextTheClientSent() {
        PutItemRequest request = read("{\"Item\":{\"n\":{\"N\":\"0001.500e0\"}}}");

        assertThat(request.item().get("n")).isEqualTo(AttributeValue.n("0001.500e0"));
    }

    @Test
    void attributeValueWithNoTypeIsAValidationError() {
        assertValidation("{\"Item\":{\"a\":{}}}",
                "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    @Test
    void attributeValueWithTwoTypesIsAValidationError() {
        assertValidation("{\"Item\":{\"a\":{\"S\":\"x\",\"N\":\"1\"}}}",
                "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
    }

    @Test
    void unknownTypeKeyAloneLeavesTheAttributeValueEmpty() {
        assertValidation("{\"Item\":{\"a\":{\"X\":\"x\"}}}",
                "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    @Test
    void unknownTypeKeyBesideAKnownOneIsIgnored() {
        PutItemRequest request = read("{\"Item\":{\"a\":{\"S\":\"x\",\"X\":{\"deep\":[1]}}}}");

        assertThat(request.item()).containsExactly(Map.entry("a", AttributeValue.s("x")));
    }

    @Test
    void nullTypeValueCountsAsAbsent() {
        assertValidation("{\"Item\":{\"a\":{\"S\":null}}}",
                "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }

    @Test
    void typeMismatchAnywhereWinsOverAnEmptyAttributeValue() {
        assertThatThrownBy(() -> read("{\"Item\":{\"a\":{}},\"TableName\":5}"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
                    assertThat(e.getMessage()).isEqualTo(
                            "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String");
                });
    }

    @Test
    void numberGivenAsJsonNumberIsASerializationError() {
        assertSerialization("{\"Item\":{\"a\":{\"N\":5}}}",
                "class com.amazon.coral.value.json.numbers.TruncatingBigNumber can not be converted to an String");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "AAE|'AAE' can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3",
        "AA!C|'AA!C' can not be converted to a Blob: Invalid Base64 character: '!'",
        "A=BC|'A=BC' can not be converted to a Blob: Invalid Base64 character: '='",
        "AAF=|'AAF=' can not be converted to a Blob: Invalid last non-pad Base64 character dectected",
    })
    void invalidBase64IsASerializationErrorInDynamoDbWords(String base64, String message) {
        assertSerialization("{\"Item\":{\"a\":{\"B\":\"" + base64 + "\"}}}", message);
        assertSerialization("{\"Item\":{\"a\":{\"BS\":[\"AAEC\",\"" + base64 + "\"]}}}", message);
    }

    @Test
    void emptyBinaryIsKeptForCoreToJudge() {
        PutItemRequest request = read("{\"Item\":{\"a\":{\"B\":\"\"}}}");

        assertThat(request.item().get("a")).isEqualTo(AttributeValue.b(new byte[0]));
    }

    private PutItemRequest read(String json) {
        return codec.read(json.getBytes(StandardCharsets.UTF_8), ItemRequestReader::putItem);
    }

    private String write(PutItemResponse response) {
        return new String(codec.write(response, ItemResponseWriter::putItem), StandardCharsets.UTF_8);
    }

    private void assertValidation(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private void assertSerialization(String json, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
