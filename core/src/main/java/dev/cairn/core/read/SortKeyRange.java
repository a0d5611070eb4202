package dev.cairn.core.read;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ByteWriter;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.expression.SortCondition;
import dev.cairn.spi.storage.Bound;
import java.util.List;

/**
 * Turns a Query's sort-key condition into a clustering-key range inside one partition. The rows read
 * are those of one clustering space (base items, or one index's entries), whose keys are the space
 * byte, then the encoded sort key, then — for index entries — the table's key. Because key encodings
 * are prefix-free, "sort key = v" is exactly the rows that start with the space byte and v's
 * encoding, and every comparison becomes a bound at that prefix or just past it. A multi-attribute
 * sort key is its attributes' encodings concatenated, so equality on its first attributes is one
 * more fixed prefix, inside which the condition on the next attribute works the same way.
 */
record SortKeyRange(Bound lower, Bound upper) {

    static SortKeyRange of(byte space, SortCondition condition) {
        return of(space, List.of(), condition);
    }

    /**
     * @param equalPrefix the values of the sort key attributes before the one {@code condition} is on
     */
    static SortKeyRange of(byte space, List<AttributeValue> equalPrefix, SortCondition condition) {
        ByteWriter fixed = new ByteWriter(32);
        fixed.write(space);
        for (AttributeValue value : equalPrefix) {
            KeyCodec.encode(value, fixed);
        }
        byte[] base = fixed.toByteArray();
        Bound start = Bound.inclusive(base);
        Bound end = Bound.exclusive(KeyCodec.successor(base));
        if (condition == null) {
            return new SortKeyRange(start, end);
        }
        byte[] first = prefix(base, condition.values().get(0));
        return switch (condition.operator()) {
            case EQ -> new SortKeyRange(Bound.inclusive(first), Bound.exclusive(KeyCodec.successor(first)));
            case LT -> new SortKeyRange(start, Bound.exclusive(first));
            case LE -> new SortKeyRange(start, Bound.exclusive(KeyCodec.successor(first)));
            case GT -> new SortKeyRange(Bound.inclusive(KeyCodec.successor(first)), end);
            case GE -> new SortKeyRange(Bound.inclusive(first), end);
            case BETWEEN -> new SortKeyRange(Bound.inclusive(first),
                    Bound.exclusive(KeyCodec.successor(prefix(base, condition.values().get(1)))));
            case BEGINS_WITH -> beginsWith(base, condition.values().get(0), end);
        };
    }

    private static byte[] prefix(byte[] base, AttributeValue value) {
        ByteWriter out = new ByteWriter(base.length + 32);
        out.write(base);
        KeyCodec.encode(value, out);
        return out.toByteArray();
    }

    private static SortKeyRange beginsWith(byte[] base, AttributeValue prefix, Bound end) {
        byte[] encoded = KeyCodec.encodePrefix(prefix);
        byte[] start = new byte[base.length + encoded.length];
        System.arraycopy(base, 0, start, 0, base.length);
        System.arraycopy(encoded, 0, start, base.length, encoded.length);
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
