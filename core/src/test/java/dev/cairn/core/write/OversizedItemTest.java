package dev.cairn.core.write;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.Put;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PutItem, BatchWriteItem's PutRequest and TransactWriteItems' Put refuse an item over 400 KB
 * before anything else about it is checked, as DynamoDB Local does: its size wins over a missing
 * key or an invalid number further on, so an item of 400,000 attributes is refused without
 * validating each of them.
 */
class OversizedItemTest {

    private static final String TABLE = "oversized";
    private static final String TOO_LARGE = "Item size has exceeded the maximum allowed size";

    private CairnEngine engine;

    @BeforeEach
    void createTable() {
        engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
        engine.createTable(new CreateTableRequest(TABLE, List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, null, null,
                null));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    enum Write {
        PUT_ITEM, BATCH_PUT, TRANSACT_PUT;

        void send(CairnEngine engine, Map<String, AttributeValue> item) {
            switch (this) {
                case PUT_ITEM -> engine.putItem(new PutItemRequest(TABLE, item, null, null, null, null, null, null,
                        null, null, null));
                case BATCH_PUT -> engine.batchWriteItem(new BatchWriteItemRequest(
                        Map.of(TABLE, List.of(new WriteRequest(new PutRequest(item), null))), null, null));
                case TRANSACT_PUT -> engine.transactWriteItems(new TransactWriteItemsRequest(List.of(
                        new TransactWriteItem(null, new Put(item, TABLE, null, null, null, null), null, null)),
                        null, null, null));
            }
        }
    }

    static Stream<Write> writes() {
        return Stream.of(Write.values());
    }

    @ParameterizedTest
    @MethodSource("writes")
    void itemOf400000AttributesWithAnInvalidNumberAtTheEndIsRefusedForItsSize(Write write) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.s("k"));
        for (int i = 0; i < 400_000; i++) {
            item.put("a" + i, AttributeValue.n("1"));
        }
        item.put("last", AttributeValue.n("not a number"));

        refusedForItsSize(write, item);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void oversizedItemWithoutItsKeyIsRefusedForItsSize(Write write) {
        refusedForItsSize(write, Map.of("other", AttributeValue.s("x".repeat(500_000))));
    }

    private void refusedForItsSize(Write write, Map<String, AttributeValue> item) {
        Consumer<Map<String, AttributeValue>> send = i -> write.send(engine, i);
        assertThatThrownBy(() -> send.accept(item)).isInstanceOf(ApiException.class).hasMessage(TOO_LARGE);
    }
}
