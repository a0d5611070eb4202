package dev.cairn.frontend.http.json;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * Reads DynamoDB's typed attribute values ({@code {"S": "x"}}, {@code {"M": {...}}}, ...).
 *
 * <p>DynamoDB reads an AttributeValue as a structure with ten optional members: type keys it does
 * not know are ignored like any unknown member, and a value with none or several of the ten set is
 * a ValidationException (held back until the whole body is known to be well typed). Numbers stay
 * text; sets stay lists in the order sent, so core can report duplicates and empty sets.
 *
 * <p>This is the structure read most often (once per attribute), so its ten members are matched
 * by a switch here instead of through a {@link Schema}; the rules are the same: a member sent
 * twice keeps its last value, and a member sent as null counts as absent.
 */
public final class AttributeValueReader {

    /** S, N, B, BOOL, NULL, M, L, SS, NS, BS: see {@link #slot}. */
    private static final int TYPES = 10;

    private AttributeValueReader() {}

    /** An item, key, or any other map of attribute names to values. */
    public static Map<String, AttributeValue> item(WireReader reader) {
        return reader.mapKeepingNulls(AttributeValueReader::value);
    }

    /** An item DynamoDB bounds at 400 KB: see {@link WireReader#boundedItem}. */
    public static Map<String, AttributeValue> boundedItem(WireReader reader) {
        return reader.boundedItem(AttributeValueReader::value);
    }

    public static List<AttributeValue> list(WireReader reader) {
        return reader.listKeepingNulls(AttributeValueReader::value);
    }

    public static List<Map<String, AttributeValue>> items(WireReader reader) {
        return reader.listKeepingNulls(AttributeValueReader::item);
    }

    /** One attribute value; null for a JSON null, which the maps and lists of values keep for core to refuse. */
    public static AttributeValue value(WireReader reader) {
        if (!reader.enterStruct()) {
            return null;
        }
        // One slot per type; each holds the value built from its member, or null.
        AttributeValue[] types = new AttributeValue[TYPES];
        for (String name = reader.nextMember(); name != null; name = reader.nextMember()) {
            int slot = slot(name);
            if (slot < 0) {
                reader.skip();
            } else {
                types[slot] = read(slot, reader);
            }
        }
        AttributeValue value = null;
        int set = 0;
        for (AttributeValue candidate : types) {
            if (candidate != null) {
                value = candidate;
                set++;
            }
        }
        if (set != 1) {
            reader.deferValidation(ApiException.validation(set == 0
                    ? "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
                    : "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes"));
            return new AttributeValue.Null(true);
        }
        return value;
    }

    private static int slot(String type) {
        return switch (type) {
            case "S" -> 0;
            case "N" -> 1;
            case "B" -> 2;
            case "BOOL" -> 3;
            case "NULL" -> 4;
            case "M" -> 5;
            case "L" -> 6;
            case "SS" -> 7;
            case "NS" -> 8;
            case "BS" -> 9;
            default -> -1;
        };
    }

    /** The member in that slot, read with its wire type; null when sent as null. */
    private static AttributeValue read(int slot, WireReader reader) {
        switch (slot) {
            case 0: {
                String s = reader.string();
                return s == null ? null : new AttributeValue.S(s);
            }
            case 1: {
                String n = reader.string();
                return n == null ? null : new AttributeValue.N(n);
            }
            case 2: {
                byte[] b = reader.blob();
                return b == null ? null : new AttributeValue.B(b);
            }
            case 3: {
                Boolean b = reader.bool();
                return b == null ? null : new AttributeValue.Bool(b);
            }
            case 4: {
                Boolean b = reader.bool();
                return b == null ? null : new AttributeValue.Null(b);
            }
            case 5: {
                Map<String, AttributeValue> m = item(reader);
                return m == null ? null : new AttributeValue.M(m);
            }
            case 6: {
                List<AttributeValue> l = list(reader);
                return l == null ? null : new AttributeValue.L(l);
            }
            case 7: {
                List<String> ss = reader.listKeepingNulls(WireReader::string);
                return ss == null ? null : new AttributeValue.SS(ss);
            }
            case 8: {
                List<String> ns = reader.listKeepingNulls(WireReader::string);
                return ns == null ? null : new AttributeValue.NS(ns);
            }
            case 9: {
                List<byte[]> bs = reader.listKeepingNulls(WireReader::blob);
                return bs == null ? null : new AttributeValue.BS(bs);
            }
            default:
                throw new IllegalStateException("slot " + slot);
        }
    }
}
