package dev.cairn.tck.storage;

import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Small helpers that turn cursors and byte arrays into values assertions can compare. */
final class Rows {

    private static final HexFormat HEX = HexFormat.of();

    private Rows() {}

    /** Every row of a cursor, closing it. */
    static List<Row> drain(RowCursor cursor) {
        try (cursor) {
            List<Row> rows = new ArrayList<>();
            cursor.forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The clustering keys of rows, in hex, in the order given. */
    static List<String> clusterings(List<Row> rows) {
        return rows.stream().map(row -> hex(row.clustering())).toList();
    }

    /** A row as "partition/clustering=value" in hex, so rows compare by content. */
    static String describe(Row row) {
        return hex(row.partition()) + "/" + hex(row.clustering()) + "=" + hex(row.value());
    }

    static String hex(byte[] bytes) {
        return bytes == null ? "null" : HEX.formatHex(bytes);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] ofLong(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    static long toLong(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong();
    }
}
