package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.clusterings;
import static dev.cairn.tck.storage.Rows.drain;
import static dev.cairn.tck.storage.Rows.hex;
import static dev.cairn.tck.storage.Rows.ofLong;
import static dev.cairn.tck.storage.Rows.toLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.PartitionBatch.Condition;
import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.WouldBlockException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The storage contract every {@link Store} keeps, as the SPI's Javadoc states it. A backend proves
 * itself by extending this class and implementing {@link #openStore()}.
 *
 * <p>Each test works in its own randomly named keyspace, so the suite also runs against a shared,
 * non-empty server. Tests that need an optional capability are aborted with the reason when the
 * store lacks it, never passed silently.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class StoreContractSuite {

    private static final byte[] P = "partition".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] Q = "another partition".getBytes(StandardCharsets.US_ASCII);

    /** The store under test. */
    protected Store store;
    /** A keyspace no other test uses. */
    protected String keyspace;

    /** A fresh store, empty at least in the keyspaces this suite names. Closed after each test. */
    protected abstract Store openStore();

    @BeforeEach
    void openFixture() {
        store = openStore();
        keyspace = uniqueKeyspace();
    }

    @AfterEach
    void closeFixture() {
        if (store != null) {
            store.close();
        }
    }

    // ---- point reads ------------------------------------------------------------------------

    @Test
    void getReturnsNullForAbsentRow() {
        assertThat(store.get(keyspace, P, bytes(1))).isNull();
    }

    @Test
    void getReturnsTheValueLastWritten() {
        put(P, bytes(1), bytes(10));
        put(P, bytes(1), bytes(11));

        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(11);
    }

    @Test
    void emptyClusteringKeyAndEmptyValueAreOrdinaryRows() {
        put(P, new byte[0], new byte[0]);

        assertThat(store.get(keyspace, P, new byte[0])).isEmpty();
        assertThat(store.get(keyspace, P, bytes(0))).isNull();
    }

    @Test
    void sameClusteringKeyInOtherPartitionOrKeyspaceIsAnotherRow() {
        String other = uniqueKeyspace();
        put(P, bytes(1), bytes(1));
        store.apply(batch(other, P, List.of(), List.of(new Mutation(bytes(1), bytes(2)))));
        put(bytes(9), bytes(1), bytes(3));

        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
        assertThat(store.get(other, P, bytes(1))).containsExactly(2);
        assertThat(store.get(keyspace, bytes(9), bytes(1))).containsExactly(3);
    }

    @Test
    void returnedValueBelongsToTheCaller() {
        put(P, bytes(1), bytes(5));

        store.get(keyspace, P, bytes(1))[0] = 99;
        drain(store.range(RangeRead.all(keyspace, P))).get(0).value()[0] = 99;

        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(5);
    }

    @Test
    void featuresAreTheSameObjectForTheStoresWholeLife() {
        assertThat(store.features()).isNotNull().isSameAs(store.features());
    }

    // ---- range reads ------------------------------------------------------------------------

    @Test
    void rowsAreOrderedByUnsignedBytesWithPrefixesFirst() {
        List<byte[]> expected = List.of(
                bytes(), bytes(0x00), bytes(0x00, 0x00), bytes(0x01), bytes(0x7F),
                bytes(0x80), bytes(0x80, 0x00), bytes(0x80, 0xFF), bytes(0xFF), bytes(0xFF, 0xFF));
        List<byte[]> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.forEach(clustering -> put(P, clustering, bytes(1)));

        List<Row> rows = drain(store.range(RangeRead.all(keyspace, P)));

        assertThat(clusterings(rows)).containsExactlyElementsOf(expected.stream().map(Rows::hex).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.partition()).isEqualTo(P));
    }

    @Test
    void rangeOfPartitionNeverWrittenIsEmpty() {
        assertThat(drain(store.range(RangeRead.all(keyspace, P)))).isEmpty();
    }

    @Test
    void rangeOfPartitionWhoseRowsWereDeletedIsEmpty() {
        put(P, bytes(1), bytes(1));
        put(P, bytes(1), null);

        assertThat(drain(store.range(RangeRead.all(keyspace, P)))).isEmpty();
        assertThat(store.get(keyspace, P, bytes(1))).isNull();
    }

    @Test
    void rangeNeverReturnsRowsOfNeighbouringPartitions() {
        byte[] shorter = bytes(0x01);
        byte[] longer = bytes(0x01, 0x00);
        byte[] allOnes = bytes(0xFF);
        put(shorter, bytes(0xFF), bytes(1));
        put(longer, bytes(), bytes(2));
        put(allOnes, bytes(0xFF), bytes(3));
        put(bytes(), bytes(0), bytes(4));

        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, shorter))))).containsExactly("ff");
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, longer))))).containsExactly("");
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, allOnes))))).containsExactly("ff");
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, bytes()))))).containsExactly("00");
    }

    @Test
    void rangeHonoursInclusiveAndExclusiveBoundsInBothDirections() {
        writeRows(P, 1, 9);
        put(P, bytes(5, 1), bytes(0));

        assertRange(Bound.inclusive(bytes(3)), Bound.inclusive(bytes(6)), "03", "04", "05", "0501", "06");
        assertRange(Bound.exclusive(bytes(3)), Bound.exclusive(bytes(6)), "04", "05", "0501");
        assertRange(Bound.inclusive(bytes(7)), null, "07", "08", "09");
        assertRange(null, Bound.exclusive(bytes(3)), "01", "02");
        assertRange(Bound.exclusive(bytes(5)), Bound.inclusive(bytes(5, 1)), "0501");
        assertRange(null, Bound.inclusive(bytes(5)), "01", "02", "03", "04", "05");
        assertRange(Bound.inclusive(bytes(4, 0)), Bound.exclusive(bytes(5, 1)), "05");
        assertRange(Bound.exclusive(bytes(9)), null);
    }

    @Test
    void rangeWithLowerBoundAboveUpperBoundIsEmpty() {
        writeRows(P, 1, 9);

        assertRange(Bound.inclusive(bytes(6)), Bound.inclusive(bytes(3)));
        assertRange(Bound.exclusive(bytes(4)), Bound.exclusive(bytes(4)));
        assertRange(Bound.inclusive(bytes(4)), Bound.inclusive(bytes(4)), "04");
    }

    @Test
    void rangeLimitReturnsTheFirstRowsInReadDirection() {
        writeRows(P, 1, 5);

        assertThat(clusterings(drain(store.range(new RangeRead(keyspace, P, null, null, false, 2)))))
                .containsExactly("01", "02");
        assertThat(clusterings(drain(store.range(new RangeRead(keyspace, P, null, null, true, 2)))))
                .containsExactly("05", "04");
        assertThat(drain(store.range(new RangeRead(keyspace, P, null, null, false, 0)))).isEmpty();
    }

    @Test
    void rangeResumesAfterLastRowWithAnExclusiveBound() {
        writeRows(P, 1, 11);
        List<String> forward = new ArrayList<>();
        Bound lower = Bound.inclusive(bytes(2));
        List<Row> page;
        do {
            page = drain(store.range(new RangeRead(keyspace, P, lower, Bound.exclusive(bytes(10)), false, 3)));
            forward.addAll(clusterings(page));
            lower = page.isEmpty() ? lower : Bound.exclusive(page.get(page.size() - 1).clustering());
        } while (page.size() == 3);

        List<String> backward = new ArrayList<>();
        Bound upper = null;
        do {
            page = drain(store.range(new RangeRead(keyspace, P, Bound.exclusive(bytes(2)), upper, true, 4)));
            backward.addAll(clusterings(page));
            upper = page.isEmpty() ? upper : Bound.exclusive(page.get(page.size() - 1).clustering());
        } while (page.size() == 4);

        assertThat(forward).containsExactly("02", "03", "04", "05", "06", "07", "08", "09");
        assertThat(backward).containsExactly("0b", "0a", "09", "08", "07", "06", "05", "04", "03");
    }

    @Test
    void openCursorStaysOrderedWhileRowsAreWritten() {
        for (int i = 0; i < 200; i += 2) {
            put(P, bytes(i), bytes(1));
        }
        List<Integer> seen = new ArrayList<>();
        try (RowCursor cursor = store.range(RangeRead.all(keyspace, P))) {
            for (int i = 0; i < 10; i++) {
                seen.add(cursor.next().clustering()[0] & 0xFF);
            }
            for (int i = 1; i < 200; i += 2) {
                put(P, bytes(i), bytes(1));
            }
            cursor.forEachRemaining(row -> seen.add(row.clustering()[0] & 0xFF));
        }

        assertThat(seen).isSorted().doesNotHaveDuplicates();
        for (int i = 0; i < 200; i += 2) {
            assertThat(seen).contains(i);
        }
    }

    @Test
    void closingACursorTwiceIsHarmless() {
        writeRows(P, 1, 3);
        RowCursor cursor = store.range(RangeRead.all(keyspace, P));
        cursor.next();

        cursor.close();
        cursor.close();
    }

    // ---- segmented scans --------------------------------------------------------------------

    @Test
    void scanOfEmptyKeyspaceReturnsNothing() {
        put(P, bytes(1), bytes(1));

        assertThat(drain(store.scan(ScanRead.all(uniqueKeyspace())))).isEmpty();
    }

    @ParameterizedTest(name = "{0} segments")
    @ValueSource(ints = {1, 2, 7, 1000})
    void segmentsTogetherReturnEveryRowOfTheKeyspaceExactlyOnce(int totalSegments) {
        Set<String> written = writeScanFixture();
        store.apply(batch(uniqueKeyspace(), P, List.of(), List.of(new Mutation(bytes(1), bytes(1)))));

        List<String> seen = new ArrayList<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            List<Row> rows = drain(store.scan(new ScanRead(keyspace, segment, totalSegments, null, Integer.MAX_VALUE)));
            assertPartitionsAdjacentAndOrdered(rows);
            rows.forEach(row -> seen.add(Rows.describe(row)));
        }

        assertThat(seen).doesNotHaveDuplicates().hasSameSizeAs(written).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void scanResumesExactlyAfterAnyReturnedRow() {
        writeScanFixture();
        for (int segment = 0; segment < 3; segment++) {
            List<Row> all = drain(store.scan(new ScanRead(keyspace, segment, 3, null, Integer.MAX_VALUE)));
            for (int i = 0; i < all.size(); i++) {
                RowKey after = new RowKey(all.get(i).partition(), all.get(i).clustering());
                List<Row> rest = drain(store.scan(new ScanRead(keyspace, segment, 3, after, Integer.MAX_VALUE)));

                assertThat(rest.stream().map(Rows::describe).toList())
                        .containsExactlyElementsOf(all.subList(i + 1, all.size()).stream().map(Rows::describe).toList());
            }
        }
    }

    @Test
    void scanPagesWithLimitAndResumeCoverTheSegment() {
        Set<String> written = writeScanFixture();
        List<String> seen = new ArrayList<>();
        RowKey after = null;
        List<Row> page;
        do {
            page = drain(store.scan(new ScanRead(keyspace, 0, 1, after, 7)));
            assertThat(page.size()).isLessThanOrEqualTo(7);
            page.forEach(row -> seen.add(Rows.describe(row)));
            if (!page.isEmpty()) {
                Row last = page.get(page.size() - 1);
                after = new RowKey(last.partition(), last.clustering());
            }
        } while (!page.isEmpty());

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
        assertThat(drain(store.scan(new ScanRead(keyspace, 0, 1, null, 0)))).isEmpty();
    }

    @Test
    void scanSupportsAMillionSegments() {
        put(P, bytes(1), bytes(1));
        int total = 1_000_000;

        int rows = 0;
        for (int segment : new int[] {0, 1, 499_999, 999_998, 999_999}) {
            rows += drain(store.scan(new ScanRead(keyspace, segment, total, null, Integer.MAX_VALUE))).size();
        }

        assertThat(rows).isLessThanOrEqualTo(1);
    }

    // ---- conditional batches ----------------------------------------------------------------

    @Test
    void batchWithoutConditionsAppliesEveryMutation() {
        boolean applied = store.apply(batch(P, List.of(),
                List.of(new Mutation(bytes(1), bytes(1)), new Mutation(bytes(2), bytes(2)))));

        assertThat(applied).isTrue();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "02");
    }

    @Test
    void conditionOnAbsentRowHoldsOnlyWhileTheRowIsAbsent() {
        PartitionBatch insert = batch(P, List.of(new Condition(bytes(1), null)), List.of(new Mutation(bytes(1), bytes(7))));

        assertThat(store.apply(insert)).isTrue();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), null)), List.of(new Mutation(bytes(1), bytes(8))))))
                .isFalse();
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(7);
    }

    @Test
    void conditionOnExactValueHoldsOnlyForThoseBytes() {
        put(P, bytes(1), bytes(1, 2));

        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1))), List.of(new Mutation(bytes(1), bytes(9))))))
                .isFalse();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1, 2, 0))), List.of(new Mutation(bytes(1), bytes(9))))))
                .isFalse();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(2), bytes(1, 2))), List.of(new Mutation(bytes(1), bytes(9))))))
                .isFalse();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1, 2))), List.of(new Mutation(bytes(1), bytes(3))))))
                .isTrue();
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(3);
    }

    @Test
    void failingConditionWritesNothing() {
        put(P, bytes(1), bytes(1));
        put(P, bytes(2), bytes(2));

        boolean applied = store.apply(batch(P,
                List.of(new Condition(bytes(1), bytes(1)), new Condition(bytes(2), bytes(9))),
                List.of(new Mutation(bytes(1), null), new Mutation(bytes(3), bytes(3)), new Mutation(bytes(2), bytes(0)))));

        assertThat(applied).isFalse();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "02");
        assertThat(store.get(keyspace, P, bytes(2))).containsExactly(2);
    }

    @Test
    void batchDeletesRowsAndDeletingAnAbsentRowIsHarmless() {
        writeRows(P, 1, 3);

        boolean applied = store.apply(batch(P, List.of(new Condition(bytes(2), bytes(2))),
                List.of(new Mutation(bytes(2), null), new Mutation(bytes(9), null))));

        assertThat(applied).isTrue();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "03");
    }

    @Test
    void mutationsOfOneBatchApplyInOrder() {
        store.apply(batch(P, List.of(), List.of(
                new Mutation(bytes(1), bytes(1)), new Mutation(bytes(1), null),
                new Mutation(bytes(2), null), new Mutation(bytes(2), bytes(2)),
                new Mutation(bytes(3), bytes(1)), new Mutation(bytes(3), bytes(3)))));

        assertThat(store.get(keyspace, P, bytes(1))).isNull();
        assertThat(store.get(keyspace, P, bytes(2))).containsExactly(2);
        assertThat(store.get(keyspace, P, bytes(3))).containsExactly(3);
    }

    @Test
    void batchWithOnlyConditionsReportsWhetherTheyHold() {
        put(P, bytes(1), bytes(1));

        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1))), List.of()))).isTrue();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), null)), List.of()))).isFalse();
    }

    @Test
    void contradictoryConditionsOnOneRowNeverHold() {
        put(P, bytes(1), bytes());

        boolean applied = store.apply(batch(P,
                List.of(new Condition(bytes(1), bytes(7)), new Condition(bytes(1), bytes(8)), new Condition(bytes(1), bytes())),
                List.of(new Mutation(bytes(2), bytes(2)))));

        assertThat(applied).isFalse();
        assertThat(store.get(keyspace, P, bytes(2))).isNull();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes()), new Condition(bytes(1), bytes())), List.of())))
                .isTrue();
    }

    @Test
    void compareAndSetIncrementsFromConcurrentWritersAreNeverLost() throws Exception {
        int threads = 8;
        int incrementsPerThread = 100;
        byte[] counter = bytes(0);
        put(P, counter, ofLong(0));

        runConcurrently(threads, () -> {
            int done = 0;
            while (done < incrementsPerThread) {
                byte[] current = store.get(keyspace, P, counter);
                byte[] next = ofLong(toLong(current) + 1);
                byte[] claim = ByteBuffer.allocate(1 + Long.BYTES).put((byte) 1).put(next).array();
                if (store.apply(batch(P, List.of(new Condition(counter, current)),
                        List.of(new Mutation(counter, next), new Mutation(claim, next))))) {
                    done++;
                }
            }
            return null;
        });

        long expected = (long) threads * incrementsPerThread;
        assertThat(toLong(store.get(keyspace, P, counter))).isEqualTo(expected);
        assertThat(drain(store.range(new RangeRead(keyspace, P, Bound.inclusive(bytes(1)), null, false, Integer.MAX_VALUE))))
                .as("one claim row per successful increment")
                .hasSize((int) expected);
    }

    @Test
    void insertIfAbsentFromConcurrentWritersHasExactlyOneWinner() throws Exception {
        int threads = 8;
        List<Boolean> results = runConcurrently(threads, () -> store.apply(batch(P,
                List.of(new Condition(bytes(1), null)),
                List.of(new Mutation(bytes(1), ofLong(Thread.currentThread().getId()))))));

        assertThat(results).containsOnlyOnce(true).hasSize(threads);
    }

    // ---- non-blocking reads -----------------------------------------------------------------

    @Test
    void nonBlockingReadsGiveTheSameAnswersOrSayTheyWouldBlock() {
        assumeTrue(store.features().nonBlockingReads(), "the store does not declare non-blocking reads");
        writeRows(P, 1, 5);

        assertSameUnlessWouldBlock(() -> store.get(keyspace, P, bytes(3)), Rows::hex);
        assertSameUnlessWouldBlock(() -> store.get(keyspace, P, bytes(9)), Rows::hex);
        assertSameUnlessWouldBlock(() -> drain(store.range(RangeRead.all(keyspace, P))), Rows::clusterings);
        assertSameUnlessWouldBlock(() -> drain(store.scan(ScanRead.all(keyspace))), Rows::clusterings);
        assertThat(NonBlockingReads.requested()).isFalse();
    }

    @Test
    void storesWithoutNonBlockingReadsIgnoreTheRequest() {
        assumeFalse(store.features().nonBlockingReads(), "the store declares non-blocking reads");
        writeRows(P, 1, 2);

        assertThat(NonBlockingReads.attempt(() -> store.get(keyspace, P, bytes(1)))).isNotNull();
    }

    @Test
    void nonBlockingWritesApplyOrSayTheyWouldBlockHavingWrittenNothing() {
        assumeTrue(store.features().nonBlockingWrites(), "the store does not declare non-blocking writes");
        writeRows(P, 1, 2);
        PartitionBatch swap = batch(P, List.of(new Condition(bytes(1), store.get(keyspace, P, bytes(1))),
                new Condition(bytes(5), null)), List.of(new Mutation(bytes(1), bytes(9)), new Mutation(bytes(5), bytes(5))));

        try {
            assertThat(DeferredDurability.run(() -> NonBlockingReads.attempt(() -> store.apply(swap)))).isTrue();
            assertThat(store.get(keyspace, P, bytes(1))).containsExactly(9);
            assertThat(store.get(keyspace, P, bytes(5))).containsExactly(5);
        } catch (WouldBlockException wouldBlock) {
            assertThat(store.get(keyspace, P, bytes(5))).isNull();
            assertThat(store.apply(swap)).isTrue(); // nothing was changed by the attempt
        }
        assertThat(NonBlockingReads.requested()).isFalse();
        assertThat(DeferredDurability.requested()).isFalse();
    }

    @Test
    void nonBlockingTransactionsCommitOrSayTheyWouldBlockHavingWrittenNothing() {
        assumeTrue(store.features().nonBlockingWrites(), "the store does not declare non-blocking writes");
        assumeTrue(store.features().multiPartitionTransactions(), "the store has no transactions");
        writeRows(P, 1, 2);
        Function<StoreTransaction, Boolean> move = transaction -> {
            byte[] value = transaction.get(keyspace, P, bytes(1));
            transaction.delete(keyspace, P, bytes(1));
            transaction.put(keyspace, Q, bytes(1), value);
            return true;
        };

        try {
            assertThat(DeferredDurability.run(() -> NonBlockingReads.attempt(() -> store.transact(move)))).isTrue();
        } catch (WouldBlockException wouldBlock) {
            assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
            assertThat(store.get(keyspace, Q, bytes(1))).isNull();
            assertThat(store.transact(move)).isTrue(); // nothing was changed by the attempt
        }
        assertThat(store.get(keyspace, P, bytes(1))).isNull();
        assertThat(store.get(keyspace, Q, bytes(1))).containsExactly(1);
        assertThat(NonBlockingReads.requested()).isFalse();
        assertThat(DeferredDurability.requested()).isFalse();
    }

    /** A non-blocking read either agrees with the ordinary read or throws WouldBlockException. */
    private static <T> void assertSameUnlessWouldBlock(Supplier<T> read, Function<T, Object> view) {
        Object expected = view.apply(read.get());
        try {
            assertThat(view.apply(NonBlockingReads.attempt(read))).isEqualTo(expected);
        } catch (WouldBlockException wouldBlock) {
            assertThat(view.apply(read.get())).isEqualTo(expected); // nothing changed by the attempt
        }
    }

    // ---- deferred durability ----------------------------------------------------------------

    @Test
    void writesWithDeferredDurabilityAreAppliedAndThenMadeDurable() throws Exception {
        writeRows(P, 1, 3);

        boolean applied = DeferredDurability.run(() -> {
            put(P, bytes(4), bytes(4));
            return store.apply(batch(P, List.of(new Condition(bytes(1), null)),
                    List.of(new Mutation(bytes(1), bytes(9)))));
        });

        assertThat(applied).isFalse();
        assertThat(DeferredDurability.requested()).isFalse();
        assertThat(store.durable().toCompletableFuture().get(50, TimeUnit.SECONDS)).isNull();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "02", "03", "04");
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
    }

    @Test
    void concurrentWritersWithDeferredDurabilityAreAllMadeDurable() throws Exception {
        int threads = 8;
        int writesEach = 50;
        AtomicInteger next = new AtomicInteger();
        List<Integer> written = runConcurrently(threads, () -> {
            for (int i = 0; i < writesEach; i++) {
                int row = next.incrementAndGet();
                DeferredDurability.run(() -> {
                    put(P, bytes(row >> 8, row), ofLong(row));
                    return null;
                });
                store.durable().toCompletableFuture().get(50, TimeUnit.SECONDS);
            }
            return writesEach;
        });

        assertThat(written).containsOnly(writesEach).hasSize(threads);
        assertThat(drain(store.range(RangeRead.all(keyspace, P)))).hasSize(threads * writesEach);
    }

    // ---- multi-partition transactions -------------------------------------------------------

    @Test
    void transactThrowsUnsupportedOperationWhenTheStoreLacksMultiPartitionTransactions() {
        assumeFalse(store.features().multiPartitionTransactions(), "the store supports multi-partition transactions");

        assertThatThrownBy(() -> store.transact(tx -> null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void transactionReadsItsOwnWrites() {
        requireTransactions();
        writeRows(P, 1, 4);

        List<String> seen = store.transact(tx -> {
            tx.put(keyspace, P, bytes(2), bytes(20));
            tx.put(keyspace, P, bytes(5), bytes(5));
            tx.delete(keyspace, P, bytes(3));
            tx.put(keyspace, bytes(7), bytes(1), bytes(7));
            List<String> rows = new ArrayList<>();
            rows.add(hex(tx.get(keyspace, P, bytes(2))));
            rows.add(hex(tx.get(keyspace, P, bytes(3))));
            rows.add(hex(tx.get(keyspace, bytes(7), bytes(1))));
            drain(tx.range(RangeRead.all(keyspace, P))).forEach(row -> rows.add(Rows.describe(row)));
            drain(tx.range(new RangeRead(keyspace, P, Bound.exclusive(bytes(1)), null, true, 2)))
                    .forEach(row -> rows.add(hex(row.clustering())));
            return rows;
        });

        String p = hex(P);
        assertThat(seen).containsExactly("14", "null", "07",
                p + "/01=01", p + "/02=14", p + "/04=04", p + "/05=05",
                "05", "04");
    }

    @Test
    void transactionReadsCommittedRowsItDidNotWrite() {
        requireTransactions();
        put(P, bytes(1), bytes(1));

        byte[] value = store.transact(tx -> tx.get(keyspace, P, bytes(1)));

        assertThat(value).containsExactly(1);
        assertThat(store.<byte[]>transact(tx -> tx.get(keyspace, P, bytes(2)))).isNull();
    }

    @Test
    void transactionCommitsAllItsWritesAcrossPartitionsAndKeyspaces() {
        requireTransactions();
        String other = uniqueKeyspace();
        put(bytes(1), bytes(0), bytes(0));

        String result = store.transact(tx -> {
            tx.put(keyspace, bytes(1), bytes(1), bytes(1));
            tx.delete(keyspace, bytes(1), bytes(0));
            tx.put(keyspace, bytes(2), bytes(1), bytes(2));
            tx.put(other, bytes(3), bytes(1), bytes(3));
            assertThat(store.get(keyspace, bytes(2), bytes(1))).as("uncommitted write seen outside").isNull();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(store.get(keyspace, bytes(1), bytes(1))).containsExactly(1);
        assertThat(store.get(keyspace, bytes(1), bytes(0))).isNull();
        assertThat(store.get(keyspace, bytes(2), bytes(1))).containsExactly(2);
        assertThat(store.get(other, bytes(3), bytes(1))).containsExactly(3);
    }

    @Test
    void transactionWhoseBodyFailsWritesNothing() {
        requireTransactions();
        put(bytes(1), bytes(1), bytes(1));

        assertThatThrownBy(() -> store.transact(tx -> {
            tx.put(keyspace, bytes(1), bytes(1), bytes(9));
            tx.put(keyspace, bytes(2), bytes(1), bytes(9));
            throw new IllegalStateException("body failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("body failed");

        assertThat(store.get(keyspace, bytes(1), bytes(1))).containsExactly(1);
        assertThat(store.get(keyspace, bytes(2), bytes(1))).isNull();
    }

    @Test
    void concurrentTransfersBetweenPartitionsKeepTheTotalConstant() throws Exception {
        requireTransactions();
        int accounts = 6;
        long initial = 1000;
        for (int a = 0; a < accounts; a++) {
            put(account(a), bytes(0), ofLong(initial));
        }
        long total = accounts * initial;

        List<Long> observedTotals = runConcurrently(8, () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<Long> totals = new ArrayList<>();
            for (int n = 0; n < 25; n++) {
                int from = random.nextInt(accounts);
                int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                long amount = random.nextInt(100);
                retrying(tx -> {
                    long fromBalance = toLong(tx.get(keyspace, account(from), bytes(0)));
                    long toBalance = toLong(tx.get(keyspace, account(to), bytes(0)));
                    tx.put(keyspace, account(from), bytes(0), ofLong(fromBalance - amount));
                    tx.put(keyspace, account(to), bytes(0), ofLong(toBalance + amount));
                    return null;
                });
                if (n % 5 == 0) {
                    totals.add(retrying(tx -> sumOfAccounts(tx, accounts)));
                }
            }
            return totals;
        }).stream().flatMap(List::stream).toList();

        assertThat(observedTotals).isNotEmpty().containsOnly(total);
        long finalTotal = 0;
        for (int a = 0; a < accounts; a++) {
            finalTotal += toLong(store.get(keyspace, account(a), bytes(0)));
        }
        assertThat(finalTotal).isEqualTo(total);
    }

    // ---- large values and keyspaces ---------------------------------------------------------

    @Test
    void oneMegabyteValuesRoundTripThroughEveryRead() {
        byte[] large = new byte[1 << 20];
        new Random(1).nextBytes(large);
        put(P, bytes(1), large);

        assertThat(store.get(keyspace, P, bytes(1))).isEqualTo(large);
        assertThat(drain(store.range(RangeRead.all(keyspace, P))).get(0).value()).isEqualTo(large);
        assertThat(drain(store.scan(ScanRead.all(keyspace))).get(0).value()).isEqualTo(large);
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), large)), List.of(new Mutation(bytes(2), large)))))
                .isTrue();
        if (store.features().multiPartitionTransactions()) {
            assertThat(store.<byte[]>transact(tx -> tx.get(keyspace, P, bytes(2)))).isEqualTo(large);
        }
    }

    @Test
    void dropKeyspaceRemovesOnlyThatKeyspace() {
        String sibling = keyspace + "x";
        String prefix = keyspace.substring(0, keyspace.length() - 1);
        for (String ks : List.of(keyspace, sibling, prefix)) {
            store.apply(batch(ks, P, List.of(), List.of(new Mutation(bytes(1), bytes(1)), new Mutation(bytes(0xFF), bytes(2)))));
            store.apply(batch(ks, bytes(0xFF, 0xFF), List.of(), List.of(new Mutation(bytes(0xFF), bytes(3)))));
        }

        store.dropKeyspace(keyspace);

        assertThat(drain(store.scan(ScanRead.all(keyspace)))).isEmpty();
        assertThat(store.get(keyspace, P, bytes(1))).isNull();
        assertThat(drain(store.range(RangeRead.all(keyspace, bytes(0xFF, 0xFF))))).isEmpty();
        assertThat(drain(store.scan(ScanRead.all(sibling)))).hasSize(3);
        assertThat(drain(store.scan(ScanRead.all(prefix)))).hasSize(3);
        put(P, bytes(1), bytes(4));
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(4);
    }

    @Test
    void droppingAnUnknownKeyspaceIsHarmless() {
        put(P, bytes(1), bytes(1));

        store.dropKeyspace(uniqueKeyspace());

        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A keyspace name no other test (or earlier run against a shared store) uses. */
    protected static String uniqueKeyspace() {
        return "tck" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    private void requireTransactions() {
        assumeTrue(store.features().multiPartitionTransactions(), "the store lacks multi-partition transactions");
    }

    private void put(byte[] partition, byte[] clustering, byte[] value) {
        assertThat(store.apply(batch(partition, List.of(), List.of(new Mutation(clustering, value))))).isTrue();
    }

    private void writeRows(byte[] partition, int from, int to) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            mutations.add(new Mutation(bytes(i), bytes(i)));
        }
        store.apply(batch(partition, List.of(), mutations));
    }

    private PartitionBatch batch(byte[] partition, List<Condition> conditions, List<Mutation> mutations) {
        return batch(keyspace, partition, conditions, mutations);
    }

    private static PartitionBatch batch(String ks, byte[] partition, List<Condition> conditions, List<Mutation> mutations) {
        return new PartitionBatch(ks, partition, conditions, mutations);
    }

    private void assertRange(Bound lower, Bound upper, String... expected) {
        List<String> reversed = new ArrayList<>(List.of(expected));
        Collections.reverse(reversed);

        assertThat(clusterings(drain(store.range(new RangeRead(keyspace, P, lower, upper, false, Integer.MAX_VALUE)))))
                .as("forward %s..%s", lower, upper)
                .containsExactly(expected);
        assertThat(clusterings(drain(store.range(new RangeRead(keyspace, P, lower, upper, true, Integer.MAX_VALUE)))))
                .as("reverse %s..%s", lower, upper)
                .containsExactlyElementsOf(reversed);
    }

    /** 150 partitions of 1 to 3 rows, plus their descriptions. */
    private Set<String> writeScanFixture() {
        Set<String> written = new HashSet<>();
        for (int p = 0; p < 150; p++) {
            byte[] partition = p % 10 == 0 ? bytes(p) : ("p" + p).getBytes(StandardCharsets.US_ASCII);
            List<Mutation> mutations = new ArrayList<>();
            for (int c = 0; c <= p % 3; c++) {
                byte[] clustering = bytes(0x7F + c);
                mutations.add(new Mutation(clustering, bytes(p, c)));
                written.add(Rows.describe(new Row(partition, clustering, bytes(p, c))));
            }
            store.apply(batch(partition, List.of(), mutations));
        }
        return written;
    }

    private static void assertPartitionsAdjacentAndOrdered(List<Row> rows) {
        Set<String> finished = new HashSet<>();
        Row previous = null;
        for (Row row : rows) {
            String partition = hex(row.partition());
            if (previous != null && hex(previous.partition()).equals(partition)) {
                assertThat(Arrays.compareUnsigned(previous.clustering(), row.clustering()))
                        .as("clustering order inside partition %s", partition)
                        .isNegative();
            } else {
                assertThat(finished.add(partition)).as("partition %s is split", partition).isTrue();
            }
            previous = row;
        }
    }

    private static byte[] account(int index) {
        return ("account-" + index).getBytes(StandardCharsets.US_ASCII);
    }

    private long sumOfAccounts(StoreTransaction tx, int accounts) {
        long sum = 0;
        for (int a = 0; a < accounts; a++) {
            sum += toLong(tx.get(keyspace, account(a), bytes(0)));
        }
        return sum;
    }

    /** Runs a transaction until it commits, retrying on retryable storage errors as a caller should. */
    private <T> T retrying(Function<StoreTransaction, T> body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.transact(body);
            } catch (StorageException e) {
                if (!e.retryable() || attempt >= 1000) {
                    throw e;
                }
            }
        }
    }

    private static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(50, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
