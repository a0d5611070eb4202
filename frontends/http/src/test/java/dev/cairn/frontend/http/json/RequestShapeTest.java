package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.ListTablesRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How request bodies of the wrong shape are answered: DynamoDB's SerializationException wording. */
class RequestShapeTest {

    private static final String BIG_NUMBER = "class com.amazon.coral.value.json.numbers.TruncatingBigNumber";

    private final JsonWireCodec codec = new JsonWireCodec();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"TableName\":1}|" + BIG_NUMBER + " can not be converted to an String",
        "{\"TableName\":1.5}|" + BIG_NUMBER + " can not be converted to an String",
        "{\"TableName\":true}|class java.lang.Boolean can not be converted to an String",
        "{\"TableName\":{}}|Start of structure or map found where not expected.",
        "{\"TableName\":[]}|Start of list found where not expected",
        "{\"ConsistentRead\":1}|" + BIG_NUMBER + " can not be converted to an Boolean",
        "{\"ConsistentRead\":\"maybe\"}|'MAYBE' can not be converted to an Boolean",
        "{\"ConsistentRead\":[]}|Start of list found where not expected",
        "{\"Key\":[]}|Start of list found where not expected",
        "{\"Key\":\"x\"}|Expected map or null",
        "{\"Key\":7}|Expected map or null",
        "{\"Key\":{\"pk\":\"x\"}}|Expected null",
        "{\"Key\":{\"pk\":[]}}|Start of list found where not expected",
        "{\"AttributesToGet\":\"a\"}|Expected list or null",
        "{\"AttributesToGet\":{}}|Start of structure or map found where not expected.",
        "{\"AttributesToGet\":[1]}|" + BIG_NUMBER + " can not be converted to an String",
        "{\"ExpressionAttributeNames\":{\"#a\":false}}|class java.lang.Boolean can not be converted to an String",
        "[]|Start of list found where not expected",
        "\"GetItem\"|Expected null",
    })
    void wrongJsonTypeForAMemberIsASerializationException(String body, String message) {
        assertSerialization(body, ItemRequestReader::getItem, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"Limit\":\"x\"}|class java.lang.String can not be converted to an Integer",
        "{\"Limit\":true}|class java.lang.Boolean can not be converted to an Integer",
        "{\"Limit\":{}}|Start of structure or map found where not expected.",
        "{\"Limit\":99999999999}|" + BIG_NUMBER + " can not be converted to an Integer",
    })
    void wrongJsonTypeForANumberMemberIsASerializationException(String body, String message) {
        assertSerialization(body, TableRequestReader::listTables, message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "{", "{\"TableName\":\"t\"", "{\"TableName\":\"t\",}", "{\"TableName\" \"t\"}",
        "{\"TableName\":\"t\"} x", "{\"TableName\":\"t\"}{}", "nul", "{'TableName':'t'}", "{\"Key\":{\"a\":{\"S\":\"x\"}"})
    void malformedOrTruncatedJsonIsASerializationExceptionWithoutMessage(String body) {
        assertThatThrownBy(() -> codec.read(body.getBytes(StandardCharsets.UTF_8), ItemRequestReader::getItem))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
                    assertThat(e.getMessage()).isNull();
                });
    }

    @Test
    void fractionalIntegerMemberIsTruncatedTowardsNegativeInfinity() {
        ListTablesRequest request = read("{\"Limit\":1.7}", TableRequestReader::listTables);

        assertThat(request.limit()).isEqualTo(1);
    }

    /**
     * A null member is absent, but a null inside a Key or AttributesToGet is kept for core to refuse
     * (issue 14: DynamoDB answers "The supplied Item contains a null AttributeValue" and "Empty
     * attribute name"; this test used to expect them dropped).
     */
    @Test
    void nullMembersAreAbsentAndUnknownMembersAreIgnored() {
        GetItemRequest request = read("{\"TableName\":null,\"Foo\":{\"Bar\":[1,{\"x\":null}]},"
                + "\"Key\":{\"pk\":{\"S\":\"a\"},\"gone\":null},\"ConsistentRead\":\"TRUE\",\"AttributesToGet\":[null,\"a\"]}",
                ItemRequestReader::getItem);

        Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
        key.put("pk", AttributeValue.s("a"));
        key.put("gone", null);
        assertThat(request).isEqualTo(new GetItemRequest(null, key, true, null, null,
                java.util.Arrays.asList(null, "a"), null));
    }

    /** DynamoDB refuses a body that is not an object, null included (scylladb test_manual_requests.py test_request_payload_must_be_object). */
    @Test
    void jsonNullBodyIsASerializationExceptionAndAnEmptyObjectAnEmptyRequest() {
        assertSerialization("null", TableRequestReader::listTables, null);
        assertThat(read("{}", TableRequestReader::listTables)).isEqualTo(new ListTablesRequest(null, null));
    }

    private <T> T read(String body, Function<WireReader, T> reader) {
        return codec.read(body.getBytes(StandardCharsets.UTF_8), reader);
    }

    private void assertSerialization(String body, Function<WireReader, ?> reader, String message) {
        assertThatThrownBy(() -> read(body, reader)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
