package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.TransactWriteItemsRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Inside an item, a key, an attribute value and the request's maps and lists of them, the reader
 * keeps a JSON null for core to refuse (issue 14: {@code "d": null} was dropped and the item stored
 * without d); outside them a null is still an absent optional member. Before the fix every
 * assertion on a kept null failed: the reader dropped it.
 */
class NullsInAttributeValuesReaderTest {

    private final JsonWireCodec codec = new JsonWireCodec();

    @Test
    void nullItemValueIsKeptNotDropped() {
        PutItemRequest put = read("{\"Item\":{\"pk\":{\"S\":\"a\"},\"d\":null}}", ItemRequestReader::putItem);

        assertThat(put.item()).containsKey("d").containsEntry("d", null);
    }

    @Test
    void nullListElementsMapValuesAndSetMembersAreKept() {
        PutItemRequest put = read("{\"Item\":{\"l\":{\"L\":[null,{\"S\":\"x\"}]},\"m\":{\"M\":{\"x\":null}},"
                + "\"ss\":{\"SS\":[\"a\",null]},\"ns\":{\"NS\":[null]},\"bs\":{\"BS\":[null]}}}", ItemRequestReader::putItem);

        assertThat(((AttributeValue.L) put.item().get("l")).value()).containsExactly(null, AttributeValue.s("x"));
        assertThat(((AttributeValue.M) put.item().get("m")).value()).containsEntry("x", null);
        assertThat(((AttributeValue.SS) put.item().get("ss")).value()).containsExactly("a", null);
        assertThat(((AttributeValue.NS) put.item().get("ns")).value()).containsExactly((String) null);
        assertThat(((AttributeValue.BS) put.item().get("bs")).value()).containsExactly((byte[]) null);
    }

    @Test
    void nullNamesKeysAndEntriesOfTheRequestAreKept() {
        GetItemRequest get = read("{\"Key\":{\"pk\":null},\"AttributesToGet\":[\"a\",null],"
                + "\"ExpressionAttributeNames\":{\"#n\":null}}", ItemRequestReader::getItem);
        BatchWriteItemRequest batch = read("{\"RequestItems\":{\"t1\":null,\"t2\":[null]}}",
                BatchRequestReader::batchWriteItem);
        TransactWriteItemsRequest transact = read("{\"TransactItems\":[null]}", TransactRequestReader::transactWriteItems);

        assertThat(get.key()).containsEntry("pk", null);
        assertThat(get.attributesToGet()).containsExactly("a", null);
        assertThat(get.expressionAttributeNames()).containsEntry("#n", null);
        assertThat(batch.requestItems()).containsEntry("t1", null);
        assertThat(batch.requestItems().get("t2")).containsExactly((dev.cairn.api.model.WriteRequest) null);
        assertThat(transact.transactItems()).hasSize(1).containsOnlyNulls();
    }

    @Test
    void nullOptionalMembersAreStillAbsent() {
        PutItemRequest put = read("{\"TableName\":null,\"Item\":{\"pk\":{\"S\":\"a\",\"N\":null}},\"Expected\":null}",
                ItemRequestReader::putItem);

        assertThat(put.tableName()).isNull();
        assertThat(put.expected()).isNull();
        assertThat(put.item()).containsEntry("pk", AttributeValue.s("a"));
    }

    /**
     * A 9.5 MB PutItem of 400,000 small attributes (issue 14: a 500 after 5 s on a 128 MB heap):
     * refused with DynamoDB's item-size message, and the reader stops keeping attributes once the
     * item passes 400 KB, so the whole item is never built.
     */
    @Test
    void itemOver400KbIsRefusedWhileItIsRead() {
        StringBuilder body = new StringBuilder("{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"}");
        for (int i = 0; i < 400_000; i++) {
            body.append(",\"a").append(i).append("\":{\"N\":\"1\"}");
        }
        body.append("}}");
        AtomicInteger kept = new AtomicInteger();

        assertThatThrownBy(() -> codec.read(body.toString().getBytes(StandardCharsets.UTF_8), r -> {
            PutItemRequest put = ItemRequestReader.putItem(r);
            kept.set(put.item().size());
            return put;
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage("Item size has exceeded the maximum allowed size");
        assertThat(kept.get()).isLessThan(100_000);
    }

    @Test
    void itemOver400KbWithALaterTypeErrorIsStillASerializationError() {
        StringBuilder body = new StringBuilder("{\"Item\":{\"pk\":{\"S\":\"a\"}");
        for (int i = 0; i < 50_000; i++) {
            body.append(",\"attribute_").append(i).append("\":{\"N\":\"1\"}");
        }
        body.append(",\"late\":{\"N\":true}}}");

        assertThatThrownBy(() -> codec.read(body.toString().getBytes(StandardCharsets.UTF_8), ItemRequestReader::putItem))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERIALIZATION));
    }

    @Test
    void itemUnderTheReadersLowerBoundIsKeptWholeForCoreToMeasure() {
        StringBuilder body = new StringBuilder("{\"Item\":{\"pk\":{\"S\":\"a\"}");
        for (int i = 0; i < 40_000; i++) { // 40,000 names of 9 characters and a byte each: 400,000 < 409,600
            body.append(",\"a").append(10_000_000 + i).append("\":{\"N\":\"1\"}");
        }
        body.append("}}");

        PutItemRequest put = read(body.toString(), ItemRequestReader::putItem);

        assertThat(put.item()).hasSize(40_001);
    }

    private <T> T read(String json, java.util.function.Function<WireReader, T> reader) {
        return codec.read(json.getBytes(StandardCharsets.UTF_8), reader);
    }
}
