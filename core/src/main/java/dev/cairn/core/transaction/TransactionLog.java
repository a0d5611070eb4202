package dev.cairn.core.transaction;

import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The transaction records of core's own protocol, one partition per transaction id in the
 * {@link Subspaces#TRANSACTION_LOG} keyspace. Every state change is a compare-and-set on the bytes
 * last seen, so a coordinator committing and a reader aborting an abandoned transaction can never
 * both succeed.
 */
final class TransactionLog {

    private static final byte[] ROW = {0};

    private final Store store;

    TransactionLog(Store store) {
        this.store = store;
    }

    /** A record and the exact bytes it was read from (the expectation of the next compare-and-set). */
    record Stored(TransactionRecord record, byte[] bytes) {}

    Stored create(TransactionRecord record) {
        byte[] bytes = TransactionRecordCodec.encode(record);
        if (!compareAndSet(record.id(), null, bytes)) {
            throw new IllegalStateException("transaction id reused: " + record.id());
        }
        return new Stored(record, bytes);
    }

    /** The record, or null when the transaction has finished or was abandoned and rolled back. */
    Stored read(String id) {
        byte[] bytes = store.get(Subspaces.TRANSACTION_LOG, partition(id), ROW);
        return bytes == null ? null : new Stored(TransactionRecordCodec.decode(bytes), bytes);
    }

    /** The commit point: the COMMITTED record when it replaced exactly {@code preparing}, else null. */
    Stored commit(Stored preparing) {
        TransactionRecord committed = preparing.record().committed();
        byte[] bytes = TransactionRecordCodec.encode(committed);
        return compareAndSet(committed.id(), preparing.bytes(), bytes) ? new Stored(committed, bytes) : null;
    }

    /** Removes a record still holding exactly these bytes: a finished transaction, or an abandoned one (abort). */
    boolean remove(Stored stored) {
        return compareAndSet(stored.record().id(), stored.bytes(), null);
    }

    List<Stored> all() {
        List<Stored> records = new ArrayList<>();
        try (RowCursor rows = store.scan(ScanRead.all(Subspaces.TRANSACTION_LOG))) {
            while (rows.hasNext()) {
                Row row = rows.next();
                records.add(new Stored(TransactionRecordCodec.decode(row.value()), row.value()));
            }
        }
        return records;
    }

    private boolean compareAndSet(String id, byte[] expected, byte[] value) {
        return store.apply(new PartitionBatch(Subspaces.TRANSACTION_LOG, partition(id),
                List.of(new PartitionBatch.Condition(ROW, expected)), List.of(new PartitionBatch.Mutation(ROW, value))));
    }

    private static byte[] partition(String id) {
        return id.getBytes(StandardCharsets.UTF_8);
    }
}
