package dev.cairn.core.read;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.expression.SortCondition;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.Bound;

/**
 * Turns a Query's sort-key condition into a clustering-key range over the base items of one
 * partition. Base items are the rows whose clustering key starts with {@link Subspaces#ITEM}, so
 * an open end of the range stops at the next subspace.
 */
record SortKeyRange(Bound lower, Bound upper) {

    private static final byte[] ITEMS_START = {Subspaces.ITEM};
    private static final byte[] ITEMS_END = {Subspaces.ITEM + 1};

    static SortKeyRange of(SortCondition condition) {
        Bound all = Bound.inclusive(ITEMS_START);
        Bound end = Bound.exclusive(ITEMS_END);
        if (condition == null) {
            return new SortKeyRange(all, end);
        }
        AttributeValue first = condition.values().get(0);
        byte[] key = PrimaryKeys.itemClustering(first);
        return switch (condition.operator()) {
            case EQ -> new SortKeyRange(Bound.inclusive(key), Bound.inclusive(key));
            case LT -> new SortKeyRange(all, Bound.exclusive(key));
            case LE -> new SortKeyRange(all, Bound.inclusive(key));
            case GT -> new SortKeyRange(Bound.exclusive(key), end);
            case GE -> new SortKeyRange(Bound.inclusive(key), end);
            case BETWEEN -> new SortKeyRange(Bound.inclusive(key),
                    Bound.inclusive(PrimaryKeys.itemClustering(condition.values().get(1))));
            case BEGINS_WITH -> beginsWith(first);
        };
    }

    private static SortKeyRange beginsWith(AttributeValue prefix) {
        byte[] encoded = KeyCodec.encodePrefix(prefix);
        byte[] start = new byte[encoded.length + 1];
        start[0] = Subspaces.ITEM;
        System.arraycopy(encoded, 0, start, 1, encoded.length);
        byte[] after = KeyCodec.successor(start);
        return new SortKeyRange(Bound.inclusive(start), after == null ? Bound.exclusive(ITEMS_END) : Bound.exclusive(after));
    }

    /** The same range, continuing strictly after a clustering key already returned. */
    SortKeyRange resumeAfter(byte[] clustering, boolean reverse) {
        return reverse ? new SortKeyRange(lower, Bound.exclusive(clustering))
                : new SortKeyRange(Bound.exclusive(clustering), upper);
    }
}
