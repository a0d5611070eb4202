package dev.cairn.frontend.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a JSON string value exactly as {@link JsonGenerator#writeString(String)} would, faster for
 * long plain-ASCII text (the usual payload of an S attribute).
 *
 * <p>Jackson's writeString copies a String one {@code charAt} at a time, checking each character
 * against its escape table; for long text that loop is the largest single cost of an item
 * response. Text that is all printable ASCII apart from the two characters JSON must escape
 * ({@code "} and {@code \}) is written by Jackson unchanged, so for it the bytes from
 * {@link String#getBytes} (a bulk copy for such text) can go out raw. Anything else (control
 * characters, non-ASCII, short text where the copy does not pay) takes Jackson's own path.
 *
 * <p>This relies on the generator's default escaping, which JsonWireCodec's factory keeps; were
 * it told to escape more (non-ASCII, {@code /}), this class would have to follow.
 */
final class PlainText {

    /** Below this length the extra copy costs more than Jackson's loop. */
    static final int MIN_LENGTH = 32;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private PlainText() {}

    static void write(JsonGenerator out, String text) throws IOException {
        if (text != null && text.length() >= MIN_LENGTH) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length == text.length() && isPlain(bytes)) {
                out.writeRawUTF8String(bytes, 0, bytes.length);
                return;
            }
        }
        out.writeString(text);
    }

    /**
     * Whether the bytes are printable ASCII (0x20 to 0x7F) without {@code "} or {@code \}. A byte
     * count equal to the character count already rules out non-ASCII, but for one case: getBytes
     * writes {@code ?} for a lone surrogate (which Jackson escapes as {@code \}{@code uD800}), so
     * text holding {@code ?} is left to Jackson too.
     *
     * <p>Eight bytes are tested at a time with the usual word tricks: a byte-at-a-time loop over
     * the ~0.5 KB payloads of the benchmark's items was 5% of a Query's CPU. Each trick answers
     * exactly whether any byte of the word qualifies, which is all this needs.
     */
    static boolean isPlain(byte[] bytes) {
        int i = 0;
        for (int words = bytes.length - Long.BYTES; i <= words; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            if (((word & HIGH_BITS) | anyBelow(word, 0x20) | anyZero(word ^ (ONES * '"'))
                    | anyZero(word ^ (ONES * '\\')) | anyZero(word ^ (ONES * '?'))) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == '"' || b == '\\' || b == '?') {
                return false;
            }
        }
        return true;
    }

    /** Non-zero when some byte of the word is zero. */
    private static long anyZero(long word) {
        return (word - ONES) & ~word & HIGH_BITS;
    }

    /** Non-zero when some byte is below {@code n} (at most 0x80), given no byte has its high bit set. */
    private static long anyBelow(long word, int n) {
        return (word - ONES * n) & ~word & HIGH_BITS;
    }
}
