package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ByteWriter;
import dev.cairn.core.codec.ItemCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The bytes of a base-table row: a format byte, then either the item alone (the common case, one
 * byte of overhead) or a lock header followed by the item, if any. Format bytes are append-only.
 */
public final class StoredItemCodec {

    private static final byte PLAIN = 0x01;
    private static final byte LOCKED_WITH_ITEM = 0x02;
    private static final byte LOCKED_WITHOUT_ITEM = 0x03;

    private StoredItemCodec() {}

    public static byte[] encode(StoredItem stored) {
        if (!stored.locked()) {
            return encodeItem(stored.item());
        }
        byte[] transaction = stored.lockingTransaction().getBytes(StandardCharsets.UTF_8);
        ByteWriter out = new ByteWriter(256);
        out.write(stored.item() == null ? LOCKED_WITHOUT_ITEM : LOCKED_WITH_ITEM);
        out.write(transaction.length);
        out.write(transaction);
        if (stored.item() != null) {
            ItemCodec.encode(stored.item(), out);
        }
        return out.toByteArray();
    }

    /** The bytes of an unlocked row holding this item. */
    public static byte[] encodeItem(Map<String, AttributeValue> item) {
        ByteWriter out = new ByteWriter(256);
        out.write(PLAIN);
        ItemCodec.encode(item, out);
        return out.toByteArray();
    }

    public static StoredItem decode(byte[] bytes) {
        return switch (bytes[0]) {
            case PLAIN -> new StoredItem(ItemCodec.decode(bytes, 1), null);
            case LOCKED_WITH_ITEM, LOCKED_WITHOUT_ITEM -> {
                int length = bytes[1] & 0xFF;
                String transaction = new String(bytes, 2, length, StandardCharsets.UTF_8);
                Map<String, AttributeValue> item = bytes[0] == LOCKED_WITH_ITEM
                        ? ItemCodec.decode(bytes, 2 + length)
                        : null;
                yield new StoredItem(item, transaction);
            }
            default -> throw new IllegalStateException("Unknown stored item format " + bytes[0]);
        };
    }

    /**
     * The item of a row holding a plain (unlocked) item, with the size DynamoDB counts for it,
     * measured while decoding; null for a locked row, whose visible item depends on its transaction.
     */
    public static ItemCodec.Sized decodePlainSized(byte[] bytes) {
        return bytes[0] == PLAIN ? ItemCodec.decodeSized(bytes, 1) : null;
    }

    /** The committed item of a row's bytes, or null. */
    public static Map<String, AttributeValue> item(byte[] bytes) {
        return bytes == null ? null : decode(bytes).item();
    }
}
