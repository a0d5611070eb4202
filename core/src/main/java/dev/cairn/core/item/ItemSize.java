package dev.cairn.core.item;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.NumberCodec;
import dev.cairn.core.codec.Numbers;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it, for the 400 KB item limit and for capacity units. AWS
 * documents the rule ("Item sizes and formats"); where it says "approximately" (numbers) this
 * class uses the exact count measured against DynamoDB Local ({@link NumberCodec#size}). Every
 * name counts its UTF-8 bytes, maps and lists add 3 bytes plus one per element, sets are the sum
 * of their elements. {@link dev.cairn.core.codec.ItemCodec#decodeSized} applies the same rules
 * while decoding an item.
 */
public final class ItemSize {

    /** The largest item DynamoDB accepts: 400 KB. */
    public static final int MAX_ITEM_BYTES = 409_600;

    /** PutItem's (and BatchWriteItem's, TransactWriteItems' Put) message for an item over the limit. */
    public static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";

    /** UpdateItem's message when the updated item would be over the limit. */
    public static final String UPDATED_ITEM_TOO_LARGE = "Item size to update has exceeded the maximum allowed size";

    private ItemSize() {}

    /** The size of a whole item: the sum of its attributes' names and values. */
    public static int of(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += attribute(e.getKey(), e.getValue());
        }
        return size;
    }

    /** The size of one attribute: its name's UTF-8 bytes plus its value. */
    public static int attribute(String name, AttributeValue value) {
        return utf8Length(name) + ofValue(value);
    }

    /** The size of a value alone; numbers must be valid DynamoDB numbers. */
    public static int ofValue(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return utf8Length(s.value());
        } else if (value instanceof AttributeValue.N n) {
            return number(n.value());
        } else if (value instanceof AttributeValue.B b) {
            return b.value().length;
        } else if (value instanceof AttributeValue.Bool || value instanceof AttributeValue.Null) {
            return 1;
        } else if (value instanceof AttributeValue.M m) {
            int size = 3 + m.value().size();
            for (Map.Entry<String, AttributeValue> e : m.value().entrySet()) {
                size += attribute(e.getKey(), e.getValue());
            }
            return size;
        } else if (value instanceof AttributeValue.L l) {
            int size = 3 + l.value().size();
            for (AttributeValue element : l.value()) {
                size += ofValue(element);
            }
            return size;
        } else if (value instanceof AttributeValue.SS ss) {
            int size = 0;
            for (String element : ss.value()) {
                size += utf8Length(element);
            }
            return size;
        } else if (value instanceof AttributeValue.NS ns) {
            int size = 0;
            for (String element : ns.value()) {
                size += number(element);
            }
            return size;
        } else if (value instanceof AttributeValue.BS bs) {
            int size = 0;
            for (byte[] element : bs.value()) {
                size += element.length;
            }
            return size;
        }
        throw new IllegalArgumentException("unknown attribute value " + value);
    }

    /**
     * Rejects an item larger than {@link #MAX_ITEM_BYTES} with DynamoDB's PutItem message.
     *
     * @throws ApiException ValidationException "Item size has exceeded the maximum allowed size"
     */
    public static void check(Map<String, AttributeValue> item) {
        if (of(item) > MAX_ITEM_BYTES) {
            throw ApiException.validation(ITEM_TOO_LARGE);
        }
    }

    /**
     * Rejects an item that is over the limit by a lower bound of its size, taken in one pass over
     * its top-level attributes that checks nothing, allocates nothing and stops once past the limit:
     * a name counts its chars (never more than its UTF-8 bytes), a string or binary its length, a
     * number, boolean or null one byte, a map or list 3 plus one per element, a number set one per
     * element, other sets nothing. A write calls it before any per-attribute work (validation,
     * number parsing, copying), so an item of 400,000 attributes costs a fraction of a millisecond to
     * refuse. DynamoDB Local answers the size before the item's other faults too (a missing or
     * mistyped key, an empty set, an invalid number after the limit is reached).
     *
     * @throws ApiException ValidationException "Item size has exceeded the maximum allowed size"
     */
    public static void checkLowerBound(Map<String, AttributeValue> item) {
        if (item == null) {
            return;
        }
        long bound = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bound += (e.getKey() == null ? 0 : e.getKey().length()) + leastSize(e.getValue());
            if (bound > MAX_ITEM_BYTES) {
                throw ApiException.validation(ITEM_TOO_LARGE);
            }
        }
    }

    private static long leastSize(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value() == null ? 0 : s.value().length();
        } else if (value instanceof AttributeValue.B b) {
            return b.value() == null ? 0 : b.value().length;
        } else if (value instanceof AttributeValue.M m) {
            return m.value() == null ? 0 : 3L + m.value().size();
        } else if (value instanceof AttributeValue.L l) {
            return l.value() == null ? 0 : 3L + l.value().size();
        } else if (value instanceof AttributeValue.NS ns) {
            return ns.value() == null ? 0 : ns.value().size();
        }
        return value == null || value instanceof AttributeValue.SS || value instanceof AttributeValue.BS ? 0 : 1;
    }

    /** As {@link #check}, with UpdateItem's message. */
    public static void checkUpdated(Map<String, AttributeValue> item) {
        if (of(item) > MAX_ITEM_BYTES) {
            throw ApiException.validation(UPDATED_ITEM_TOO_LARGE);
        }
    }

    private static int number(String text) {
        // canonical checks the text as Numbers.parse would; text already so (any stored number) skips it
        return NumberCodec.size(Numbers.isPlainCanonical(text) ? text : Numbers.canonical(text));
    }

    /** UTF-8 length without encoding; a lone surrogate counts 1, as Java encodes it as '?'. */
    static int utf8Length(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++; // the usual all-ASCII text: a tighter loop than the general one below
        }
        int length = i;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                length += 1;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
