package dev.cairn.spi.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.UnsignedBytes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyLayoutTest {

    private static final byte[] P = {0x10, 0x20};
    private final Random random = new Random(42);

    @Test
    void rowKeyDecodesBackToPartitionAndClustering() {
        for (int n = 0; n < 500; n++) {
            byte[] partition = randomBytes(random.nextInt(40));
            byte[] clustering = randomBytes(random.nextInt(40));

            RowKey decoded = KeyLayout.decode(KeyLayout.rowKey("ks", partition, clustering));

            assertThat(decoded.partition()).isEqualTo(partition);
            assertThat(decoded.clustering()).isEqualTo(clustering);
        }
    }

    @Test
    void layoutMatchesTheDocumentedBytes() {
        byte[] key = KeyLayout.rowKey("ab", new byte[] {(byte) 0xFF}, new byte[] {7});
        int hash = PartitionHash.of(new byte[] {(byte) 0xFF});

        assertThat(key).containsExactly(
                2, 'a', 'b',
                (byte) (hash >>> 24), (byte) (hash >>> 16), (byte) (hash >>> 8), (byte) hash,
                0, 1, (byte) 0xFF,
                7);
    }

    @Test
    void rowsOfOnePartitionSortByClusteringInUnsignedOrder() {
        List<byte[]> clusterings = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            clusterings.add(randomBytes(random.nextInt(6)));
        }
        for (byte[] a : clusterings) {
            byte[] b = clusterings.get(random.nextInt(clusterings.size()));
            int expected = Integer.signum(UnsignedBytes.compare(a, b));
            int actual = Integer.signum(UnsignedBytes.compare(KeyLayout.rowKey("k", P, a), KeyLayout.rowKey("k", P, b)));
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void rowsOfAPartitionAreAdjacentEvenWhenAnotherPartitionKeyExtendsIt() {
        byte[] shorter = {1};
        byte[] longer = {1, 0};
        KeyRange range = KeyLayout.partition("k", shorter);

        assertThat(range.contains(KeyLayout.rowKey("k", shorter, new byte[0]))).isTrue();
        assertThat(range.contains(KeyLayout.rowKey("k", shorter, new byte[] {(byte) 0xFF, (byte) 0xFF}))).isTrue();
        assertThat(range.contains(KeyLayout.rowKey("k", longer, new byte[0]))).isFalse();
        assertThat(KeyLayout.partition("k", longer).contains(KeyLayout.rowKey("k", shorter, new byte[] {0}))).isFalse();
    }

    @Test
    void partitionRangeEndsCorrectlyWhenThePartitionEndsInFfBytes() {
        byte[] partition = {(byte) 0xFF, (byte) 0xFF};
        KeyRange range = KeyLayout.partition("k", partition);

        assertThat(range.contains(KeyLayout.rowKey("k", partition, new byte[] {(byte) 0xFF, (byte) 0xFF}))).isTrue();
        assertThat(range.contains(KeyLayout.rowKey("k", new byte[] {(byte) 0xFF}, new byte[0]))).isFalse();
    }

    @Test
    void keyspacesWhoseNamesArePrefixesOfEachOtherDoNotOverlap() {
        KeyRange a = KeyLayout.keyspace("a");

        assertThat(a.contains(KeyLayout.rowKey("a", P, new byte[] {(byte) 0xFF}))).isTrue();
        assertThat(a.contains(KeyLayout.rowKey("ab", P, new byte[0]))).isFalse();
        assertThat(a.contains(KeyLayout.rowKey("", P, new byte[0]))).isFalse();
        assertThat(KeyLayout.keyspace("ab").contains(KeyLayout.rowKey("a", P, new byte[0]))).isFalse();
    }

    @Test
    void clusteringBoundsAreInclusiveOrExclusiveAsAsked() {
        byte[] one = {1};
        byte[] two = {2};
        byte[] key1 = KeyLayout.rowKey("k", P, one);
        byte[] key1x = KeyLayout.rowKey("k", P, new byte[] {1, 0});
        byte[] key2 = KeyLayout.rowKey("k", P, two);

        KeyRange inclusive = KeyLayout.range("k", P, Bound.inclusive(one), Bound.inclusive(two));
        KeyRange exclusive = KeyLayout.range("k", P, Bound.exclusive(one), Bound.exclusive(two));

        assertThat(inclusive.contains(key1)).isTrue();
        assertThat(inclusive.contains(key2)).isTrue();
        assertThat(exclusive.contains(key1)).isFalse();
        assertThat(exclusive.contains(key1x)).isTrue();
        assertThat(exclusive.contains(key2)).isFalse();
        assertThat(KeyLayout.range("k", P, Bound.inclusive(two), Bound.inclusive(one)).isEmpty()).isTrue();
        assertThat(KeyLayout.range("k", P, null, null)).usingRecursiveComparison().isEqualTo(KeyLayout.partition("k", P));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 1000, 1_000_000})
    void eachRowLiesInTheSegmentOfItsPartitionHashAndNoOther(int total) {
        for (int n = 0; n < 200; n++) {
            byte[] partition = randomBytes(1 + random.nextInt(8));
            byte[] key = KeyLayout.rowKey("k", partition, randomBytes(3));
            int segment = HashSegments.segmentOf(PartitionHash.of(partition), total);

            assertThat(KeyLayout.segment("k", segment, total).contains(key)).isTrue();
            if (total > 1) {
                int other = (segment + 1 + random.nextInt(total - 1)) % total;
                assertThat(KeyLayout.segment("k", other, total).contains(key)).isFalse();
            }
        }
    }

    @Test
    void segmentsStayInsideTheirKeyspace() {
        KeyRange keyspace = KeyLayout.keyspace("k");
        KeyRange last = KeyLayout.segment("k", 6, 7);
        KeyRange first = KeyLayout.segment("k", 0, 7);

        assertThat(last.end()).isEqualTo(keyspace.end());
        assertThat(first.start()).startsWith(keyspace.start());
        assertThat(keyspace.contains(first.start())).isTrue();
    }

    @Test
    void resumeKeyIsTheNextKeyAfterTheRow() {
        byte[] row = KeyLayout.rowKey("k", P, new byte[] {5});
        byte[] next = KeyLayout.rowKey("k", P, new byte[] {5, 0});
        byte[] resume = KeyLayout.resumeKey("k", new RowKey(P, new byte[] {5}));

        assertThat(UnsignedBytes.compare(resume, row)).isPositive();
        assertThat(UnsignedBytes.compare(resume, next)).isLessThanOrEqualTo(0);
    }

    @Test
    void scanRangeStartsAfterTheResumeRowInsideItsSegment() {
        byte[] resumeClustering = {9};
        int segment = HashSegments.segmentOf(PartitionHash.of(P), 7);
        ScanRead read = new ScanRead("k", segment, 7, new RowKey(P, resumeClustering), 10);

        KeyRange range = KeyLayout.scan(read);

        assertThat(range.contains(KeyLayout.rowKey("k", P, resumeClustering))).isFalse();
        assertThat(range.contains(KeyLayout.rowKey("k", P, new byte[] {9, 0}))).isTrue();
        assertThat(range.end()).isEqualTo(KeyLayout.segment("k", segment, 7).end());
    }

    @Test
    void randomKeysSortByKeyspaceThenHashThenPartitionThenClustering() {
        List<Object[]> rows = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            String keyspace = random.nextBoolean() ? "a" : "ab";
            byte[] partition = randomBytes(random.nextInt(4));
            byte[] clustering = randomBytes(random.nextInt(4));
            rows.add(new Object[] {keyspace, partition, clustering, KeyLayout.rowKey(keyspace, partition, clustering)});
        }
        Comparator<Object[]> expected = Comparator.<Object[]>comparingInt(r -> ((String) r[0]).length())
                .thenComparing(r -> Integer.toUnsignedLong(PartitionHash.of((byte[]) r[1])))
                .thenComparingInt(r -> ((byte[]) r[1]).length)
                .thenComparing(r -> (byte[]) r[1], UnsignedBytes.ORDER)
                .thenComparing(r -> (byte[]) r[2], UnsignedBytes.ORDER);

        List<Object[]> byKey = new ArrayList<>(rows);
        byKey.sort(Comparator.comparing(r -> (byte[]) r[3], UnsignedBytes.ORDER));
        List<Object[]> byParts = new ArrayList<>(rows);
        byParts.sort(expected);

        for (int i = 0; i < rows.size(); i++) {
            assertThat(expected.compare(byKey.get(i), byParts.get(i))).isZero();
        }
    }

    @Test
    void namesAndPartitionsTheLayoutCannotHoldAreRejected() {
        assertThatThrownBy(() -> KeyLayout.keyspace("é")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyLayout.keyspace("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyLayout.partition("k", new byte[65536])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyLayout.decode(new byte[] {3, 'a'})).isInstanceOf(IllegalArgumentException.class);
        assertThat(KeyLayout.keyspace("x".repeat(255)).isEmpty()).isFalse();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(256) : (random.nextBoolean() ? 0 : 0xFF));
        }
        return bytes;
    }
}
