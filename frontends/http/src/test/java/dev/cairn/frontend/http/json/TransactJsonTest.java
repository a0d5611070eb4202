package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConditionCheck;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.Delete;
import dev.cairn.api.model.Get;
import dev.cairn.api.model.ItemResponse;
import dev.cairn.api.model.Put;
import dev.cairn.api.model.TransactGetItem;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.TransactWriteItemsResponse;
import dev.cairn.api.model.Update;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TransactWriteItems and TransactGetItems on the wire: every member read, answers written as DynamoDB Local writes them. */
class TransactJsonTest {

    private final JsonWireCodec codec = new JsonWireCodec();

    @Test
    void transactWriteItemsReadsEveryActionAndMember() {
        String body = "{\"TransactItems\":["
                + "{\"ConditionCheck\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}},"
                + "\"ConditionExpression\":\"attribute_exists(#p)\",\"ExpressionAttributeNames\":{\"#p\":\"pk\"},"
                + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}},"
                + "{\"Put\":{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"b\"}},\"ConditionExpression\":\"v = :v\","
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"1\"}}}},"
                + "{\"Delete\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"c\"}}}},"
                + "{\"Update\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"d\"}},\"UpdateExpression\":\"SET v = :v\","
                + "\"ExpressionAttributeValues\":{\":v\":{\"N\":\"2\"}}}}],"
                + "\"ReturnConsumedCapacity\":\"TOTAL\",\"ReturnItemCollectionMetrics\":\"SIZE\","
                + "\"ClientRequestToken\":\"tok\"}";

        TransactWriteItemsRequest request = codec.read(bytes(body), TransactRequestReader::transactWriteItems);

        assertThat(request).isEqualTo(new TransactWriteItemsRequest(List.of(
                new TransactWriteItem(new ConditionCheck(key("a"), "t", "attribute_exists(#p)", Map.of("#p", "pk"),
                        null, "ALL_OLD"), null, null, null),
                new TransactWriteItem(null, new Put(key("b"), "t", "v = :v", null, Map.of(":v", AttributeValue.n("1")),
                        null), null, null),
                new TransactWriteItem(null, null, new Delete(key("c"), "t", null, null, null, null), null),
                new TransactWriteItem(null, null, null, new Update(key("d"), "SET v = :v", "t", null, null,
                        Map.of(":v", AttributeValue.n("2")), null))), "TOTAL", "SIZE", "tok"));
    }

    @Test
    void transactGetItemsReadsEveryGet() {
        String body = "{\"TransactItems\":[{\"Get\":{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}},"
                + "\"ProjectionExpression\":\"#v\",\"ExpressionAttributeNames\":{\"#v\":\"v\"}}}],"
                + "\"ReturnConsumedCapacity\":\"TOTAL\"}";

        TransactGetItemsRequest request = codec.read(bytes(body), TransactRequestReader::transactGetItems);

        assertThat(request).isEqualTo(new TransactGetItemsRequest(List.of(
                new TransactGetItem(new Get(key("a"), "t", "#v", Map.of("#v", "v")))), "TOTAL"));
    }

    @Test
    void transactWriteItemsAnswersAnEmptyObjectOrTheCapacityList() {
        assertThat(write(new TransactWriteItemsResponse(null, null), TransactResponseWriter::transactWriteItems))
                .isEqualTo("{}");
        assertThat(write(new TransactWriteItemsResponse(List.of(
                new ConsumedCapacity("txn_a", 2.0, null, null, null, null, null)), null),
                TransactResponseWriter::transactWriteItems))
                .isEqualTo("{\"ConsumedCapacity\":[{\"TableName\":\"txn_a\",\"CapacityUnits\":2.0}]}");
    }

    @Test
    void transactGetItemsAnswersEmptyObjectsForMissingItems() {
        TransactGetItemsResponse response = new TransactGetItemsResponse(
                List.of(new ConsumedCapacity("txn_a", 4.0, null, null, null, null, null)),
                List.of(new ItemResponse(Map.of("v", AttributeValue.n("1"))), new ItemResponse(null)));

        assertThat(write(response, TransactResponseWriter::transactGetItems))
                .isEqualTo("{\"ConsumedCapacity\":[{\"TableName\":\"txn_a\",\"CapacityUnits\":4.0}],"
                        + "\"Responses\":[{\"Item\":{\"v\":{\"N\":\"1\"}}},{}]}");
    }

    @Test
    void bothOperationsAreServed() {
        assertThat(codec.operation("TransactWriteItems")).isPresent();
        assertThat(codec.operation("TransactGetItems")).isPresent();
    }

    private <R> String write(R response, java.util.function.BiConsumer<JsonOut, R> writer) {
        return new String(codec.write(response, writer), StandardCharsets.UTF_8);
    }

    private static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", AttributeValue.s(pk));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
