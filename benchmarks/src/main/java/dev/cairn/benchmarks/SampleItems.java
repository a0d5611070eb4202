package dev.cairn.benchmarks;

import java.util.Random;

/**
 * The one item shape every benchmark uses, so the microbenchmarks and the load benchmark measure the
 * same bytes: about 1 KB of DynamoDB JSON mixing S, N, BOOL, NULL, SS, NS, M and L, keyed by a string
 * partition key {@code pk} and a number sort key {@code sk}. The payload is random text, so storage
 * compression does not flatter the figures. The Lua scripts of the load benchmark build the same shape.
 */
public final class SampleItems {

    /** Table of the item workloads: {@code pk} (S) and {@code sk} (N). */
    public static final String ITEMS_TABLE = "bench_items";
    /** Table of the counter workload: {@code pk} (S) only. */
    public static final String COUNTERS_TABLE = "bench_counters";

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int PAYLOAD_CHARS = 560;

    private SampleItems() {}

    /** The partition key of partition number {@code p}: {@code p000042}. */
    public static String partitionKey(int p) {
        return String.format("p%06d", p);
    }

    /** The counter key of counter number {@code c}: {@code c00042}. */
    public static String counterKey(int c) {
        return String.format("c%05d", c);
    }

    /** The item at ({@code p}, {@code s}) as a DynamoDB JSON attribute map, about 1 KB. */
    public static String itemJson(int p, int s, Random random) {
        return "{\"pk\":{\"S\":\"" + partitionKey(p) + "\"},"
                + "\"sk\":{\"N\":\"" + s + "\"},"
                + "\"name\":{\"S\":\"user-" + p + "-" + s + "\"},"
                + "\"email\":{\"S\":\"user" + p + "." + s + "@example.com\"},"
                + "\"age\":{\"N\":\"" + (18 + random.nextInt(70)) + "\"},"
                + "\"score\":{\"N\":\"" + random.nextInt(100000) + "." + random.nextInt(1000) + "\"},"
                + "\"active\":{\"BOOL\":" + random.nextBoolean() + "},"
                + "\"deleted\":{\"NULL\":true},"
                + "\"tags\":{\"SS\":[\"alpha\",\"beta\",\"gamma\"]},"
                + "\"lucky\":{\"NS\":[\"7\",\"13\",\"42.5\"]},"
                + "\"address\":{\"M\":{\"street\":{\"S\":\"" + random.nextInt(999) + " Main Street\"},"
                + "\"city\":{\"S\":\"Springfield\"},\"zip\":{\"S\":\"" + (10000 + random.nextInt(89999)) + "\"}}},"
                + "\"history\":{\"L\":[{\"N\":\"1\"},{\"S\":\"created\"},{\"BOOL\":false},{\"N\":\"" + random.nextInt(1000) + "\"}]},"
                + "\"payload\":{\"S\":\"" + payload(random) + "\"}}";
    }

    private static String payload(Random random) {
        StringBuilder out = new StringBuilder(PAYLOAD_CHARS);
        for (int i = 0; i < PAYLOAD_CHARS; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
