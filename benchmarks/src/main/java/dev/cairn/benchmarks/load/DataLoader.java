package dev.cairn.benchmarks.load;

import dev.cairn.benchmarks.SampleItems;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts the same data into any DynamoDB endpoint over plain HTTP, so Cairn and DynamoDB Local are
 * measured on identical tables: {@value SampleItems#ITEMS_TABLE} with partitions × sort keys ~1 KB
 * items, and {@value SampleItems#COUNTERS_TABLE} with counters at 0. Writes go in BatchWriteItem
 * requests of 25 from a few threads; a batch that comes back throttled or with unprocessed items is
 * sent again (puts are idempotent). Every wait is bounded.
 *
 * <p>Usage: {@code DataLoader <endpoint> [--create] [--partitions FROM TO] [--sort-keys N] [--counters N] [--threads N]}
 */
public final class DataLoader {

    /** DynamoDB Local keys its data by the credential in this header; neither server checks the signature. */
    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/dynamodb/aws4_request, "
            + "SignedHeaders=host;x-amz-date;x-amz-target, Signature=0000000000000000000000000000000000000000000000000000000000000000";

    private static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 50;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI endpoint;

    private DataLoader(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static void main(String[] args) throws Exception {
        DataLoader loader = new DataLoader(URI.create(args[0]));
        boolean create = false;
        int fromPartition = 0;
        int toPartition = 1000;
        int sortKeys = 100;
        int counters = 10_000;
        int threads = 4;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--create" -> create = true;
                case "--partitions" -> {
                    fromPartition = Integer.parseInt(args[++i]);
                    toPartition = Integer.parseInt(args[++i]);
                }
                case "--sort-keys" -> sortKeys = Integer.parseInt(args[++i]);
                case "--counters" -> counters = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        if (create) {
            loader.createTables();
        }
        int items = loader.loadItems(fromPartition, toPartition, sortKeys, threads);
        int counted = loader.loadCounters(counters, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("LOADED items=%d counters=%d seconds=%.1f items_per_s=%.0f%n",
                items, counted, seconds, (items + counted) / seconds);
    }

    private void createTables() throws IOException, InterruptedException {
        call("CreateTable", "{\"TableName\":\"" + SampleItems.ITEMS_TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}]}", true);
        call("CreateTable", "{\"TableName\":\"" + SampleItems.COUNTERS_TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}", true);
        for (String table : List.of(SampleItems.ITEMS_TABLE, SampleItems.COUNTERS_TABLE)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!call("DescribeTable", "{\"TableName\":\"" + table + "\"}", true).contains("\"TableStatus\":\"ACTIVE\"")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(table + " did not become ACTIVE within 30 s");
                }
                Thread.sleep(50);
            }
        }
    }

    private int loadItems(int fromPartition, int toPartition, int sortKeys, int threads) throws Exception {
        int total = (toPartition - fromPartition) * sortKeys;
        return runBatches(total, threads, (first, count, random) -> {
            StringBuilder body = batchStart(SampleItems.ITEMS_TABLE);
            for (int n = first; n < first + count; n++) {
                int p = fromPartition + n / sortKeys;
                int s = n % sortKeys;
                body.append(n == first ? "" : ",").append("{\"PutRequest\":{\"Item\":")
                        .append(SampleItems.itemJson(p, s, random)).append("}}");
            }
            return body.append("]}}").toString();
        });
    }

    private int loadCounters(int counters, int threads) throws Exception {
        return runBatches(counters, threads, (first, count, random) -> {
            StringBuilder body = batchStart(SampleItems.COUNTERS_TABLE);
            for (int c = first; c < first + count; c++) {
                body.append(c == first ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"")
                        .append(SampleItems.counterKey(c)).append("\"},\"n\":{\"N\":\"0\"}}}}");
            }
            return body.append("]}}").toString();
        });
    }

    private interface BatchBody {
        String build(int first, int count, Random random);
    }

    private int runBatches(int total, int threads, BatchBody bodies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random random = new Random(1000 + t);
                done.add(pool.submit(() -> {
                    int written = 0;
                    for (int first; (first = next.getAndAdd(BATCH)) < total; ) {
                        int count = Math.min(BATCH, total - first);
                        writeBatch(bodies.build(first, count, random));
                        written += count;
                    }
                    return written;
                }));
            }
            int written = 0;
            for (Future<Integer> f : done) {
                written += f.get();
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    private static StringBuilder batchStart(String table) {
        return new StringBuilder(32 * 1024).append("{\"RequestItems\":{\"").append(table).append("\":[");
    }

    private void writeBatch(String body) throws IOException, InterruptedException {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpResponse<String> response = send("BatchWriteItem", body);
            if (response.statusCode() == 200 && response.body().replace(" ", "").contains("\"UnprocessedItems\":{}")) {
                return;
            }
            if (response.statusCode() != 200 && !response.body().contains("ProvisionedThroughputExceeded")
                    && !response.body().contains("ThrottlingException")) {
                throw new IllegalStateException("BatchWriteItem failed: " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(Math.min(200, 5L * attempt));
        }
        throw new IllegalStateException("BatchWriteItem kept leaving items unprocessed after " + MAX_ATTEMPTS + " attempts");
    }

    private String call(String operation, String body, boolean mustSucceed) throws IOException, InterruptedException {
        HttpResponse<String> response = send(operation, body);
        if (mustSucceed && response.statusCode() != 200) {
            throw new IllegalStateException(operation + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String operation, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
