package dev.cairn.core.write;

import dev.cairn.api.model.ConsumedCapacity;
import java.util.function.DoubleSupplier;

/**
 * DynamoDB's capacity arithmetic, reported when ReturnConsumedCapacity asks: a write costs one unit
 * per started KB of the larger of the old and new item; a strongly consistent read one unit per
 * started 4 KB, an eventually consistent read half that.
 */
public final class Capacity {

    private Capacity() {}

    public static double writeUnits(long itemBytes) {
        return Math.max(1, (itemBytes + 1023) / 1024);
    }

    public static double readUnits(long bytesRead, boolean consistent) {
        double units = Math.max(1, (bytesRead + 4095) / 4096);
        return consistent ? units : units / 2;
    }

    /** Whether {@code returnConsumedCapacity} asks for a ConsumedCapacity member at all. */
    public static boolean requested(String returnConsumedCapacity) {
        return returnConsumedCapacity != null && !"NONE".equals(returnConsumedCapacity);
    }

    /**
     * The ConsumedCapacity member for {@code returnConsumedCapacity}, or null when not asked for.
     * The units are only worked out when asked for, since sizing an item walks all of it.
     */
    public static ConsumedCapacity report(String returnConsumedCapacity, String tableName, DoubleSupplier units) {
        return requested(returnConsumedCapacity) ? report(returnConsumedCapacity, tableName, units.getAsDouble()) : null;
    }

    /** The ConsumedCapacity member for {@code returnConsumedCapacity}, or null when not asked for. */
    public static ConsumedCapacity report(String returnConsumedCapacity, String tableName, double units) {
        if (!requested(returnConsumedCapacity)) {
            return null;
        }
        dev.cairn.api.model.Capacity table = "INDEXES".equals(returnConsumedCapacity)
                ? new dev.cairn.api.model.Capacity(null, null, units)
                : null;
        return new ConsumedCapacity(tableName, units, null, null, table, null, null);
    }
}
