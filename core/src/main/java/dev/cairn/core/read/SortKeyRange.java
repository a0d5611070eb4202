package dev.cairn.core.read;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ByteWriter;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.expression.SortCondition;
import dev.cairn.spi.storage.Bound;

/**
 * Turns a Query's sort-key condition into a clustering-key range inside one partition. The rows read
 * are those of one clustering space (base items, or one index's entries), whose keys are the space
 * byte, then the encoded sort key, then — for index entries — the table's key. Because key encodings
 * are prefix-free, "sort key = v" is exactly the rows that start with the space byte and v's
 * encoding, and every comparison becomes a bound at that prefix or just past it.
 */
record SortKeyRange(Bound lower, Bound upper) {

    static SortKeyRange of(byte space, SortCondition condition) {
        Bound start = Bound.inclusive(new byte[] {space});
        Bound end = Bound.exclusive(new byte[] {(byte) (space + 1)});
        if (condition == null) {
            return new SortKeyRange(start, end);
        }
        byte[] first = prefix(space, condition.values().get(0));
        return switch (condition.operator()) {
            case EQ -> new SortKeyRange(Bound.inclusive(first), Bound.exclusive(KeyCodec.successor(first)));
            case LT -> new SortKeyRange(start, Bound.exclusive(first));
            case LE -> new SortKeyRange(start, Bound.exclusive(KeyCodec.successor(first)));
            case GT -> new SortKeyRange(Bound.inclusive(KeyCodec.successor(first)), end);
            case GE -> new SortKeyRange(Bound.inclusive(first), end);
            case BETWEEN -> new SortKeyRange(Bound.inclusive(first),
                    Bound.exclusive(KeyCodec.successor(prefix(space, condition.values().get(1)))));
            case BEGINS_WITH -> beginsWith(space, condition.values().get(0), end);
        };
    }

    private static byte[] prefix(byte space, AttributeValue value) {
        ByteWriter out = new ByteWriter(32);
        out.write(space);
        KeyCodec.encode(value, out);
        return out.toByteArray();
    }

    private static SortKeyRange beginsWith(byte space, AttributeValue prefix, Bound end) {
        byte[] encoded = KeyCodec.encodePrefix(prefix);
        byte[] start = new byte[encoded.length + 1];
        start[0] = space;
        System.arraycopy(encoded, 0, start, 1, encoded.length);
        byte[] after = KeyCodec.successor(start);
        return new SortKeyRange(Bound.inclusive(start), after == null ? end : Bound.exclusive(after));
    }

    /** Whether a clustering key lies inside this range. */
    boolean contains(byte[] clustering) {
        int low = java.util.Arrays.compareUnsigned(clustering, lower.key());
        int high = java.util.Arrays.compareUnsigned(clustering, upper.key());
        return (low > 0 || (low == 0 && lower.inclusive())) && (high < 0 || (high == 0 && upper.inclusive()));
    }

    /** The same range, continuing strictly after a clustering key already returned. */
    SortKeyRange resumeAfter(byte[] clustering, boolean reverse) {
        return reverse ? new SortKeyRange(lower, Bound.exclusive(clustering))
                : new SortKeyRange(Bound.exclusive(clustering), upper);
    }
}
