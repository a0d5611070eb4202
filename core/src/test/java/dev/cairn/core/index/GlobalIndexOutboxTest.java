package dev.cairn.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.ForwardingStore;
import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The outbox's ordering over the memory store, whose range reads are weakly consistent: a drain may
 * miss a row committed behind its cursor yet see a later one ahead of it.
 */
class GlobalIndexOutboxTest {

    private static final String TABLE = "tbl";
    private static final String INDEX = "gsi";
    private static final byte[] PARTITION = {7};

    /** The write that removes k's entry reads k and takes its number after the backfill row committed. */
    @Test
    void aRowCommittedBehindADrainIsNeverOvertakenByALaterRowOfTheSameItem() throws Exception {
        backfillThenRemovalCommitDuringADrain(false);
    }

    /**
     * The write read k and took its number before the backfill row committed, and commits after it:
     * the backfill left k's bytes unchanged, so the write's condition still holds.
     */
    @Test
    void aBackfillRowCommittedBehindADrainIsAppliedBeforeAWriteNumberedEarlierThatCommittedAfterIt()
            throws Exception {
        backfillThenRemovalCommitDuringADrain(true);
    }

    @Test
    void rowsLeftWithSequencesAheadOfTheClockAreRecoveredAndLaterWritesSortAfterThem() throws Exception {
        Store store = memoryStore();
        long ahead = (System.currentTimeMillis() + TimeUnit.DAYS.toMillis(1)) * 1_000_000L;
        commit(store, new PartitionBatch.Mutation(outboxKey(ahead), new OutboxEntry(List.of(put("k"))).encode()));
        try (GlobalIndexOutbox outbox = new GlobalIndexOutbox(store)) {
            outbox.recover(List.of(TABLE));
            PartitionBatch.Mutation removal = outbox.outboxRow(List.of(delete("k")));
            assertThat(ByteBuffer.wrap(removal.clustering(), 1, 8).getLong()).isGreaterThan(ahead);
            commit(store, removal);
            outbox.schedule(TABLE, PARTITION);

            assertThat(outbox.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
            assertThat(indexEntries(store)).isEmpty();
            assertThat(outboxRows(store)).isEmpty();
        }
    }

    /**
     * While a drain's cursor stands past its first row, a backfill row adds item k's entry (sorting
     * behind the cursor) and then a write's row removes it (ahead of the cursor); k must end up
     * without an entry, and the outbox empty.
     */
    private static void backfillThenRemovalCommitDuringADrain(boolean removalNumberedFirst) throws Exception {
        AtomicReference<Runnable> afterFirstRow = new AtomicReference<>();
        Store store = new InterleavingStore(memoryStore(), afterFirstRow);
        try (GlobalIndexOutbox outbox = new GlobalIndexOutbox(store)) {
            // Rows of two other items, so the drain's cursor has a row ahead of it when k's rows land.
            commit(store, outbox.outboxRow(List.of(put("a"))));
            commit(store, outbox.outboxRow(List.of(put("b"))));
            PartitionBatch.Mutation numberedFirst =
                    removalNumberedFirst ? outbox.outboxRow(List.of(delete("k"))) : null;
            afterFirstRow.set(() -> {
                commit(store, outbox.backfillRow(List.of(put("k"))));
                outbox.schedule(TABLE, PARTITION);
                commit(store, numberedFirst != null ? numberedFirst : outbox.outboxRow(List.of(delete("k"))));
                outbox.schedule(TABLE, PARTITION);
            });
            outbox.schedule(TABLE, PARTITION);

            assertThat(outbox.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
            assertThat(afterFirstRow.get()).isNull();
            assertThat(indexEntries(store)).containsExactly("a", "b");
            assertThat(outboxRows(store)).isEmpty();
        }
    }

    private static Store memoryStore() {
        return new MemoryStorageProvider().open(new StoreConfig(null, Map.of()));
    }

    private static IndexRowChange put(String item) {
        return new IndexRowChange(INDEX, PARTITION, bytes(item), bytes("entry of " + item));
    }

    private static IndexRowChange delete(String item) {
        return new IndexRowChange(INDEX, PARTITION, bytes(item), null);
    }

    private static void commit(Store store, PartitionBatch.Mutation outboxRow) {
        assertThat(store.apply(new PartitionBatch(TABLE, PARTITION, List.of(), List.of(outboxRow)))).isTrue();
    }

    private static byte[] outboxKey(long sequence) {
        return ByteBuffer.allocate(9).put(Subspaces.OUTBOX).putLong(sequence).array();
    }

    private static List<String> indexEntries(Store store) {
        List<String> entries = new ArrayList<>();
        try (RowCursor rows = store.scan(ScanRead.all(INDEX))) {
            rows.forEachRemaining(row -> entries.add(new String(row.clustering(), StandardCharsets.US_ASCII)));
        }
        return entries;
    }

    private static List<Row> outboxRows(Store store) {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = store.scan(ScanRead.all(TABLE))) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The memory store, with a hook run once, on its own thread, after a range cursor returns its first row. */
    private static final class InterleavingStore extends ForwardingStore {
        private final AtomicReference<Runnable> afterFirstRow;

        InterleavingStore(Store store, AtomicReference<Runnable> afterFirstRow) {
            super(store);
            this.afterFirstRow = afterFirstRow;
        }

        @Override
        public RowCursor range(RangeRead read) {
            RowCursor rows = store.range(read);
            return new RowCursor() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = rows.next();
                    Runnable hook = afterFirstRow.getAndSet(null);
                    if (hook != null) {
                        hook.run();
                    }
                    return row;
                }

                @Override
                public void close() {
                    rows.close();
                }
            };
        }
    }
}
