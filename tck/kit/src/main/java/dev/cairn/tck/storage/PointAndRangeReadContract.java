package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.clusterings;
import static dev.cairn.tck.storage.Rows.drain;
import static dev.cairn.tck.storage.Rows.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract's point reads and ordered range reads: bounds, directions, limits, resuming, open cursors. */
abstract class PointAndRangeReadContract extends StoreFixture {

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
}
