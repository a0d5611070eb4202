package dev.cairn.core.index;

import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Propagates global index changes on stores without multi-partition transactions, as DynamoDB
 * itself propagates to GSIs: asynchronously, in order per item. A write puts its changes into an
 * outbox row of its own partition in the same atomic batch as the item; this worker applies them to
 * the index keyspaces and then removes the row. Rows of one partition are applied in sequence order
 * by one thread at a time; applying is idempotent, so after a crash {@link #recover} simply applies
 * whatever is left.
 *
 * <p>A store's range read may be weakly consistent: it can miss a row committed behind its cursor
 * yet see a later one ahead of it, and a backfill row, which sorts first, can commit after a write
 * numbered later had read the item. So a drain reads the partition's outbox again until a read
 * shows no row before the previous read's last that the previous read missed, and applies that
 * read. Every row committed before one it holds was committed before the next read began, which
 * is sure to see it; if that row sorts earlier, the previous read held it too.
 */
public final class GlobalIndexOutbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalIndexOutbox.class);
    private static final byte[] OUTBOX_START = {Subspaces.OUTBOX};
    private static final byte[] OUTBOX_END = {(byte) (Subspaces.OUTBOX + 1)};

    private final Store store;
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1_000_000L);
    /** Sequences of backfill rows: always below every write's (millis x 1,000 against millis x 1,000,000). */
    private final AtomicLong backfillSequence = new AtomicLong(System.currentTimeMillis() * 1_000L);
    private final LinkedBlockingQueue<PendingPartition> queue = new LinkedBlockingQueue<>();
    private final Set<PendingPartition> queued = ConcurrentHashMap.newKeySet();
    private final Thread worker;
    private volatile boolean running = true;
    private volatile boolean draining;

    public GlobalIndexOutbox(Store store) {
        this.store = store;
        this.worker = new Thread(this::run, "cairn-gsi-outbox");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** The outbox row for a write's changes: a batch mutation of the item's partition. */
    public PartitionBatch.Mutation outboxRow(List<IndexRowChange> changes) {
        return new PartitionBatch.Mutation(rowKey(sequence.incrementAndGet()), new OutboxEntry(changes).encode());
    }

    /**
     * The outbox row for a backfill's entry of an existing item, added by a batch conditioned on the
     * item's bytes being those the entry was computed from. It sorts before every write's row, so
     * it is applied before any row of a write that committed after it, even one that had read the
     * same bytes and took its sequence number earlier (a row rewritten with unchanged bytes, or the
     * backfill itself, leaves the bytes equal, so the write's condition still holds). Rows of writes
     * that committed before it only lead to the state the entry describes, so applying them after
     * it changes nothing.
     */
    public PartitionBatch.Mutation backfillRow(List<IndexRowChange> changes) {
        return new PartitionBatch.Mutation(rowKey(backfillSequence.incrementAndGet()),
                new OutboxEntry(changes).encode());
    }

    /** Asks the worker to apply a partition's outbox soon (after the batch holding it committed). */
    public void schedule(String keyspace, byte[] partition) {
        PendingPartition pending = new PendingPartition(keyspace, ByteBuffer.wrap(partition));
        if (queued.add(pending)) {
            queue.add(pending);
        }
    }

    /**
     * Finds outbox rows left by a previous run in these table keyspaces and schedules them. New rows
     * are numbered after the last one found, even if the clock has gone back since.
     */
    public void recover(List<String> tableKeyspaces) {
        for (String keyspace : tableKeyspaces) {
            try (RowCursor rows = store.scan(ScanRead.all(keyspace))) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (row.clustering().length > 0 && row.clustering()[0] == Subspaces.OUTBOX) {
                        sequence.accumulateAndGet(ByteBuffer.wrap(row.clustering(), 1, Long.BYTES).getLong(),
                                Math::max);
                        schedule(keyspace, row.partition());
                    }
                }
            }
        }
    }

    /** Waits until every scheduled partition has been applied, or the timeout passes; true if idle. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!queued.isEmpty() || draining) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }

    private void run() {
        while (running) {
            PendingPartition pending;
            try {
                pending = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (pending == null) {
                continue;
            }
            draining = true;
            try {
                // Removed from the set first: a write committing during the drain schedules again.
                queued.remove(pending);
                drain(pending.keyspace(), pending.partitionBytes());
            } catch (RuntimeException e) {
                LOG.warn("Applying the index outbox of a partition failed; retrying", e);
                schedule(pending.keyspace(), pending.partitionBytes());
                sleepQuietly();
            } finally {
                draining = false;
            }
        }
    }

    private void drain(String keyspace, byte[] partition) {
        for (Row row : settledOutbox(keyspace, partition)) {
            for (IndexRowChange change : OutboxEntry.decode(row.value()).changes()) {
                store.apply(new PartitionBatch(change.keyspace(), change.partition(), List.of(),
                        List.of(new PartitionBatch.Mutation(change.clustering(), change.value()))));
            }
            store.apply(new PartitionBatch(keyspace, partition,
                    List.of(new PartitionBatch.Condition(row.clustering(), row.value())),
                    List.of(new PartitionBatch.Mutation(row.clustering(), null))));
        }
    }

    /** The partition's outbox rows, from a read that a second one shows missed none before its last. */
    private List<Row> settledOutbox(String keyspace, byte[] partition) {
        List<Row> rows = outbox(keyspace, partition);
        while (!rows.isEmpty()) {
            List<Row> again = outbox(keyspace, partition);
            if (!missedBefore(rows, again)) {
                return rows;
            }
            rows = again;
        }
        return rows;
    }

    private List<Row> outbox(String keyspace, byte[] partition) {
        List<Row> rows = new ArrayList<>();
        try (RowCursor cursor = store.range(new RangeRead(keyspace, partition, Bound.inclusive(OUTBOX_START),
                Bound.exclusive(OUTBOX_END), false, Integer.MAX_VALUE))) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** Whether {@code later} holds a row that sorts before the last of {@code earlier} but is not in it. */
    private static boolean missedBefore(List<Row> earlier, List<Row> later) {
        byte[] last = earlier.get(earlier.size() - 1).clustering();
        Set<ByteBuffer> seen = new HashSet<>();
        for (Row row : earlier) {
            seen.add(ByteBuffer.wrap(row.clustering()));
        }
        for (Row row : later) {
            if (Arrays.compareUnsigned(row.clustering(), last) < 0
                    && !seen.contains(ByteBuffer.wrap(row.clustering()))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] rowKey(long sequence) {
        return ByteBuffer.allocate(1 + Long.BYTES).put(Subspaces.OUTBOX).putLong(sequence).array();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record PendingPartition(String keyspace, ByteBuffer partition) {
        byte[] partitionBytes() {
            byte[] bytes = new byte[partition.remaining()];
            partition.duplicate().get(bytes);
            return bytes;
        }
    }
}
