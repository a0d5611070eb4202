package dev.cairn.core.batch;

import static dev.cairn.core.TestValues.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.DeleteRequest;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.backend.rocksdb.RocksDbStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A BatchWriteItem whose k-th write fails inside the engine (a storage failure, or an
 * OutOfMemoryError) after k-1 were written answers normally, with the failed write and all after it
 * as UnprocessedItems, so the client knows what to send again; a failure of the first write fails
 * the request with nothing written. Run on a real store with a fault injected on the N-th write.
 */
class BatchWriteFailureTest {

    private static final String TABLE = "batch";
    private static final int PUTS = 20;
    private static final int DELETES = 5;

    @TempDir
    Path directory;

    /** The write paths of {@link dev.cairn.core.write.ItemStore}: store transactions, and per-partition batches. */
    enum Backend {
        MEMORY_TRANSACTIONS, MEMORY_PARTITION_BATCHES, ROCKSDB;

        Store open(Path directory) {
            return switch (this) {
                case MEMORY_TRANSACTIONS -> new MemoryStore(new StoreConfig(null, Map.of()));
                case MEMORY_PARTITION_BATCHES -> new MemoryStore(
                        new StoreConfig(null, Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, "false")));
                case ROCKSDB -> RocksDbStore.open(new StoreConfig(directory, Map.of("rocksdb.sync", "false")));
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storageFailureMidBatchReturnsTheRestAsUnprocessedItems(Backend backend) {
        failingMidBatch(backend, () -> StorageException.permanent("injected", null), false);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void outOfMemoryErrorMidBatchReturnsTheRestAsUnprocessedItems(Backend backend) {
        failingMidBatch(backend, () -> new OutOfMemoryError("injected"), false);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void writeThatFailedAfterTakingEffectIsStillReportedUnprocessed(Backend backend) {
        failingMidBatch(backend, () -> new OutOfMemoryError("injected"), true);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void failureOfTheFirstWriteFailsTheRequestWithNothingWritten(Backend backend) {
        FaultyStore store = new FaultyStore(backend.open(directory));
        try (CairnEngine engine = new CairnEngine(store)) {
            createTable(engine);
            store.failOnWrite(1, () -> new OutOfMemoryError("injected"), false);

            assertThatThrownBy(() -> engine.batchWriteItem(batch(puts(0, PUTS))))
                    .isInstanceOf(OutOfMemoryError.class);

            for (int i = 0; i < PUTS; i++) {
                assertThat(item(engine, "p" + i)).isNull();
            }
        }
    }

    /** 20 puts then 5 deletes of items already there; the 14th write fails. */
    private void failingMidBatch(Backend backend, Supplier<Throwable> fault, boolean afterWriting) {
        FaultyStore store = new FaultyStore(backend.open(directory));
        try (CairnEngine engine = new CairnEngine(store)) {
            createTable(engine);
            for (int i = 0; i < DELETES; i++) {
                engine.batchWriteItem(batch(List.of(put("d" + i))));
            }
            List<WriteRequest> requests = new ArrayList<>(puts(0, PUTS));
            for (int i = 0; i < DELETES; i++) {
                requests.add(new WriteRequest(null, new DeleteRequest(Map.of("pk", s("d" + i)))));
            }
            store.failOnWrite(14, fault, afterWriting);

            BatchWriteItemResponse response = answered(() -> engine.batchWriteItem(batch(requests)));

            assertThat(response.unprocessedItems()).containsOnlyKeys(TABLE);
            assertThat(response.unprocessedItems().get(TABLE)).containsExactlyElementsOf(requests.subList(13, 25));
            for (int i = 0; i < PUTS; i++) {
                boolean written = i < 13 || i == 13 && afterWriting;
                assertThat(item(engine, "p" + i)).as("p" + i).isEqualTo(written ? Map.of("pk", s("p" + i)) : null);
            }
            for (int i = 0; i < DELETES; i++) {
                assertThat(item(engine, "d" + i)).as("d" + i).isNotNull();
            }

            BatchWriteItemResponse resent = engine.batchWriteItem(batch(response.unprocessedItems().get(TABLE)));

            assertThat(resent.unprocessedItems()).isEmpty();
            for (int i = 0; i < PUTS; i++) {
                assertThat(item(engine, "p" + i)).as("p" + i).isEqualTo(Map.of("pk", s("p" + i)));
            }
            for (int i = 0; i < DELETES; i++) {
                assertThat(item(engine, "d" + i)).as("d" + i).isNull();
            }
        }
    }

    /**
     * The response, or a test failure naming what escaped: JUnit rethrows an OutOfMemoryError
     * (treating it as fatal) instead of failing the test with it.
     */
    private static BatchWriteItemResponse answered(Supplier<BatchWriteItemResponse> call) {
        try {
            return call.get();
        } catch (Throwable escaped) {
            throw new AssertionError("the batch failed instead of answering its unprocessed items: " + escaped);
        }
    }

    private static void createTable(CairnEngine engine) {
        engine.createTable(new CreateTableRequest(TABLE, List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, null, null,
                null));
    }

    private static List<WriteRequest> puts(int from, int to) {
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            puts.add(put("p" + i));
        }
        return puts;
    }

    private static WriteRequest put(String pk) {
        return new WriteRequest(new PutRequest(Map.of("pk", s(pk))), null);
    }

    private static BatchWriteItemRequest batch(List<WriteRequest> requests) {
        return new BatchWriteItemRequest(Map.of(TABLE, requests), null, null);
    }

    private static Map<String, AttributeValue> item(CairnEngine engine, String pk) {
        return engine.getItem(new GetItemRequest(TABLE, Map.of("pk", s(pk)), true, null, null, null, null)).item();
    }
}
