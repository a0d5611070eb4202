package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.drain;
import static dev.cairn.tck.storage.Rows.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's segmented scans: every row of a keyspace exactly once, resuming after any row, paging. */
abstract class ScanContract extends PointAndRangeReadContract {

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

    @ParameterizedTest(name = "{0} segments")
    @ValueSource(ints = {1, 3, 7})
    void segmentOfNamesTheSegmentWhoseScanReturnsThePartition(int totalSegments) {
        writeScanFixture();
        for (int segment = 0; segment < totalSegments; segment++) {
            for (Row row : drain(store.scan(new ScanRead(keyspace, segment, totalSegments, null, Integer.MAX_VALUE)))) {
                assertThat(store.segmentOf(keyspace, row.partition(), totalSegments))
                        .as("segment of partition %s", hex(row.partition())).isEqualTo(segment);
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
}
