package dev.cairn.spi.storage.kv;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import java.util.Arrays;

/**
 * Lays out (keyspace, partition, clustering) as one key of an ordered key-value store.
 *
 * <pre>[u8 keyspace length][keyspace ASCII][u32 partition hash][u16 partition length][partition][clustering]</pre>
 *
 * <p>Why this shape: the keyspace comes first, so dropping a keyspace is one range delete; the
 * partition hash ({@link PartitionHash}, big-endian) comes next, so a scan segment
 * ({@link HashSegments}) is one contiguous key range; the length-prefixed partition keeps each
 * partition's rows adjacent even when one partition key is a prefix of another; the clustering key
 * is last and unframed, so rows of a partition sort by clustering key in unsigned order and a
 * clustering prefix is a key prefix. Keys are persisted: this layout must never change.
 *
 * <p>All ranges returned are half-open ({@link KeyRange}); every returned array is fresh.
 */
public final class KeyLayout {

    /** The longest keyspace name, in bytes. */
    public static final int MAX_KEYSPACE_LENGTH = 0xFF;
    /** The longest partition key, in bytes. */
    public static final int MAX_PARTITION_LENGTH = 0xFFFF;

    private static final int HASH_BYTES = 4;
    private static final int LENGTH_BYTES = 2;

    private KeyLayout() {}

    /** The key of one row. */
    public static byte[] rowKey(String keyspace, byte[] partition, byte[] clustering) {
        byte[] prefix = partitionPrefix(keyspace, partition);
        byte[] key = Arrays.copyOf(prefix, prefix.length + clustering.length);
        System.arraycopy(clustering, 0, key, prefix.length, clustering.length);
        return key;
    }

    /** The partition and clustering key of an encoded row key. */
    public static RowKey decode(byte[] key) {
        int partitionAt = partitionOffset(key);
        int partitionLength = (key[partitionAt - 2] & 0xFF) << 8 | key[partitionAt - 1] & 0xFF;
        int clusteringAt = partitionAt + partitionLength;
        if (clusteringAt > key.length) {
            throw new IllegalArgumentException("not a row key: partition runs past the end");
        }
        return new RowKey(
                Arrays.copyOfRange(key, partitionAt, clusteringAt), Arrays.copyOfRange(key, clusteringAt, key.length));
    }

    /** The row stored under an encoded key. */
    public static Row row(byte[] key, byte[] value) {
        RowKey rowKey = decode(key);
        return new Row(rowKey.partition(), rowKey.clustering(), value);
    }

    /** Every key of a keyspace. */
    public static KeyRange keyspace(String keyspace) {
        byte[] prefix = keyspacePrefix(keyspace);
        return new KeyRange(prefix, prefixEnd(prefix));
    }

    /** Every key of one partition. */
    public static KeyRange partition(String keyspace, byte[] partition) {
        byte[] prefix = partitionPrefix(keyspace, partition);
        return new KeyRange(prefix, prefixEnd(prefix));
    }

    /** The keys between a range read's bounds (its direction and limit are the caller's). */
    public static KeyRange range(RangeRead read) {
        return range(read.keyspace(), read.partition(), read.lower(), read.upper());
    }

    /** The keys of a partition between two clustering bounds; a null bound is open. */
    public static KeyRange range(String keyspace, byte[] partition, Bound lower, Bound upper) {
        byte[] prefix = partitionPrefix(keyspace, partition);
        byte[] start = lower == null ? prefix : concat(prefix, lower.key(), !lower.inclusive());
        byte[] end = upper == null ? prefixEnd(prefix) : concat(prefix, upper.key(), upper.inclusive());
        return new KeyRange(start, end);
    }

    /** Every key of one scan segment: the partitions whose hash lies in the segment's hash range. */
    public static KeyRange segment(String keyspace, int segment, int totalSegments) {
        byte[] prefix = keyspacePrefix(keyspace);
        long endHash = HashSegments.end(segment, totalSegments);
        byte[] start = withHash(prefix, HashSegments.start(segment, totalSegments));
        byte[] end = endHash == HashSegments.HASH_SPACE ? prefixEnd(prefix) : withHash(prefix, endHash);
        return new KeyRange(start, end);
    }

    /** The scan segment, of {@code totalSegments}, that {@link #segment} puts the partition in. */
    public static int segmentOf(byte[] partition, int totalSegments) {
        return HashSegments.segmentOf(PartitionHash.of(partition), totalSegments);
    }

    /** The keys a scan read still has to visit: its segment, after {@link ScanRead#resumeAfter()}. */
    public static KeyRange scan(ScanRead read) {
        KeyRange segment = segment(read.keyspace(), read.segment(), read.totalSegments());
        return read.resumeAfter() == null ? segment : segment.startingAt(resumeKey(read.keyspace(), read.resumeAfter()));
    }

    /** The smallest key after a row: where to seek to continue just past it. */
    public static byte[] resumeKey(String keyspace, RowKey after) {
        return successor(rowKey(keyspace, after.partition(), after.clustering()));
    }

    /** The smallest key greater than {@code key}: the key followed by one zero byte. */
    public static byte[] successor(byte[] key) {
        return Arrays.copyOf(key, key.length + 1);
    }

    /** The encoded prefix shared by every key of a keyspace. */
    public static byte[] keyspacePrefix(String keyspace) {
        int length = keyspace.length();
        if (length > MAX_KEYSPACE_LENGTH) {
            throw new IllegalArgumentException("keyspace name longer than 255 characters: " + keyspace);
        }
        byte[] prefix = new byte[1 + length];
        prefix[0] = (byte) length;
        for (int i = 0; i < length; i++) {
            char c = keyspace.charAt(i);
            if (c > 0x7F) {
                throw new IllegalArgumentException("keyspace name is not ASCII: " + keyspace);
            }
            prefix[1 + i] = (byte) c;
        }
        return prefix;
    }

    /** The encoded prefix shared by every key of one partition. */
    public static byte[] partitionPrefix(String keyspace, byte[] partition) {
        if (partition.length > MAX_PARTITION_LENGTH) {
            throw new IllegalArgumentException("partition key longer than 65535 bytes: " + partition.length);
        }
        byte[] withHash = withHash(keyspacePrefix(keyspace), Integer.toUnsignedLong(PartitionHash.of(partition)));
        byte[] prefix = Arrays.copyOf(withHash, withHash.length + LENGTH_BYTES + partition.length);
        prefix[withHash.length] = (byte) (partition.length >>> 8);
        prefix[withHash.length + 1] = (byte) partition.length;
        System.arraycopy(partition, 0, prefix, withHash.length + LENGTH_BYTES, partition.length);
        return prefix;
    }

    private static int partitionOffset(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("not a row key: empty");
        }
        int at = 1 + (key[0] & 0xFF) + HASH_BYTES + LENGTH_BYTES;
        if (at > key.length) {
            throw new IllegalArgumentException("not a row key: too short");
        }
        return at;
    }

    private static byte[] withHash(byte[] keyspacePrefix, long hash) {
        byte[] key = Arrays.copyOf(keyspacePrefix, keyspacePrefix.length + HASH_BYTES);
        for (int i = 0; i < HASH_BYTES; i++) {
            key[keyspacePrefix.length + i] = (byte) (hash >>> (8 * (HASH_BYTES - 1 - i)));
        }
        return key;
    }

    private static byte[] concat(byte[] prefix, byte[] suffix, boolean successor) {
        byte[] key = Arrays.copyOf(prefix, prefix.length + suffix.length + (successor ? 1 : 0));
        System.arraycopy(suffix, 0, key, prefix.length, suffix.length);
        return key;
    }

    /**
     * The first key after every key starting with {@code prefix}. Our prefixes always hold an ASCII
     * keyspace byte below 0xFF, so the end exists.
     */
    private static byte[] prefixEnd(byte[] prefix) {
        int last = prefix.length - 1;
        while (last >= 0 && prefix[last] == (byte) 0xFF) {
            last--;
        }
        if (last < 0) {
            throw new IllegalStateException("prefix of 0xFF bytes only has no end");
        }
        byte[] end = Arrays.copyOf(prefix, last + 1);
        end[last]++;
        return end;
    }
}
