package dev.cairn.core.batch;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.core.index.ItemCollections;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.CapacityTally;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.WriteOutcome;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a validated BatchWriteItem, one write after another, and tells the client exactly what it
 * may not have done. DynamoDB's writes in a batch are independent, and under pressure it returns
 * the ones it did not do as UnprocessedItems for the client to send again. Cairn does the same when
 * a write fails for any reason — an exception from storage or an {@link Error} such as
 * OutOfMemoryError — after some were written: the failed write and every one after it are
 * unprocessed. The failed write's own outcome is unknown (a store may fail after its write took
 * effect, {@link dev.cairn.spi.storage.Store#apply}), and reporting it is safe, since putting or
 * deleting an item again is idempotent. A failure of the first write leaves nothing known written,
 * so the request fails with that error, as DynamoDB fails a batch of which it could do nothing.
 */
final class BatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    /** A put (item set) or a delete (item null), checked and ready to apply, with the request it came from. */
    record BatchWrite(TableMetadata table, StorageKey key, Map<String, AttributeValue> item, WriteRequest request) {}

    private final ItemStore items;

    BatchWriter(ItemStore items) {
        this.items = items;
    }

    BatchWriteItemResponse apply(List<BatchWrite> writes, boolean metrics, String returnConsumedCapacity) {
        CapacityTally capacity = new CapacityTally(returnConsumedCapacity);
        Map<String, Map<ByteBuffer, ItemCollectionMetrics>> collections = new LinkedHashMap<>();
        Map<String, List<WriteRequest>> unprocessed = Map.of();
        int done = 0;
        try {
            for (; done < writes.size(); done++) {
                BatchWrite write = writes.get(done);
                WriteOutcome outcome = write.item() == null
                        ? items.write(write.table(), write.key(), current -> null)
                        : items.overwrite(write.table(), write.key(), write.item());
                capacity.write(write.table(), outcome.before(), outcome.after(), 1);
                if (metrics && outcome.collectionSize() >= 0) {
                    collections.computeIfAbsent(write.table().name(), name -> new LinkedHashMap<>())
                            .put(ByteBuffer.wrap(write.key().partition()), ItemCollections.metrics(write.table(),
                                    write.key().key(), outcome.collectionSize()));
                }
            }
        } catch (Throwable failure) { // an Error too: an OutOfMemoryError must not hide what was written
            if (done == 0) {
                throw failure;
            }
            unprocessed = unprocessed(writes.subList(done, writes.size()));
            if (!(failure instanceof ApiException)) {
                LOG.error("BatchWriteItem failed at write {} of {}; {} returned as UnprocessedItems", done + 1,
                        writes.size(), writes.size() - done, failure);
            }
        }
        Map<String, List<ItemCollectionMetrics>> collectionMetrics = new LinkedHashMap<>();
        collections.forEach((table, byPartition) -> collectionMetrics.put(table, List.copyOf(byPartition.values())));
        return new BatchWriteItemResponse(unprocessed, collectionMetrics.isEmpty() ? null : collectionMetrics,
                capacity.report());
    }

    /** The writes left, as the client sent them, grouped by table in request order. */
    private static Map<String, List<WriteRequest>> unprocessed(List<BatchWrite> left) {
        Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
        for (BatchWrite write : left) {
            byTable.computeIfAbsent(write.table().name(), name -> new ArrayList<>()).add(write.request());
        }
        return byTable;
    }
}
