package dev.cairn.distribution;

import static dev.cairn.distribution.Sdk.item;
import static dev.cairn.distribution.Sdk.n;
import static dev.cairn.distribution.Sdk.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A write Cairn acknowledged survives SIGKILL of the server. By default ({@code rocksdb.sync=true})
 * each write's RocksDB WAL record is fsynced before the answer, so killing the process at any moment
 * loses nothing it acknowledged.
 *
 * <p>Each cycle: several client threads write (PutItem of new keys, UpdateItem {@code SET ver ADD
 * hits} on counters reused across cycles, BatchWriteItem of new keys) through clients that never
 * retry, so every success is one acknowledgment; the server is SIGKILLed at a random moment
 * 200–1500 ms in; it restarts on the same directory; then a full Scan, a DescribeTable and a GetItem
 * of every key acknowledged in the cycle must show every acknowledged write ({@link WriteLedger}
 * states the rules). The table and its keys accumulate across cycles, so each Scan also rechecks
 * every earlier cycle's writes. The server's log must hold no error.
 */
class KillNineDurabilityIT {

    private static final String TABLE = "kill_nine";
    private static final int CYCLES = Integer.getInteger("cairn.killnine.cycles", 20);
    /** {@code -Dcairn.killnine.sync=false} runs the same cycles with the WAL left to the OS to flush. */
    private static final String SYNC = System.getProperty("cairn.killnine.sync", "true");
    private static final int WRITERS = 6;
    private static final int COUNTERS_PER_WRITER = 8;
    private static final int BATCH_SIZE = 8;
    private static final Duration BUDGET = Duration.ofSeconds(170);
    private static final Pattern STARTED_IN = Pattern.compile("Cairn listening on .* started in (\\d+) ms");
    private static final Pattern LOG_TROUBLE = Pattern.compile("\\[ERROR]|Exception|Error\\b|^\\s+at ");

    @TempDir
    Path dataDir;

    private CairnProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    /** Starts {@code cairn serve} on the data directory; {@link #server} holds it before it listens. */
    private void serve() throws IOException {
        server = CairnProcess.start(CairnProcess.javaCommand("serve", "--backend", "rocksdb",
                "--data-dir", dataDir.toString(), "--host", "127.0.0.1", "--port", "0",
                "--store-option", "rocksdb.sync=" + SYNC), Map.of());
        server.awaitListening();
    }

    /** A client that never retries and gives up fast, so a success is exactly one acknowledged write. */
    private static DynamoDbClient strictClient(URI endpoint) {
        return client(endpoint, Duration.ofSeconds(6));
    }

    /** For setup and checks, which are not timed: a cold server on a busy machine may take seconds. */
    private static DynamoDbClient patientClient(URI endpoint) {
        return client(endpoint, Duration.ofSeconds(60));
    }

    private static DynamoDbClient client(URI endpoint, Duration timeout) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(500))
                        .socketTimeout(timeout)
                        .build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(timeout))
                .build();
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAtARandomMoment() throws Exception {
        long seed = Long.getLong("cairn.killnine.seed", System.nanoTime());
        Random random = new Random(seed);
        WriteLedger ledger = new WriteLedger();
        List<Long> startupMillis = new ArrayList<>();
        List<Long> reportedMillis = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long acknowledged = 0;
        long verified = 0;
        long lost = 0;
        long deadline = System.nanoTime() + BUDGET.toNanos();

        serve();
        try (DynamoDbClient ddb = patientClient(server.endpoint())) {
            ddb.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
            awaitActive(ddb);
        }

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        int cycle = 0;
        try {
            while (cycle < CYCLES && System.nanoTime() < deadline) {
                cycle++;
                long killAfter = 200 + random.nextInt(1301);
                CycleWrites writes = writeThenKill(pool, ledger, cycle, killAfter);
                acknowledged += writes.acknowledged;
                notes.addAll(writes.notes);
                assertThat(writes.unexpected).as("service errors while writing, cycle %d", cycle).isEmpty();
                assertThat(writes.exitCode).as("exit code of the SIGKILLed server, cycle %d", cycle).isEqualTo(137);
                assertCleanLog(server, "killed server, cycle " + cycle);
                if (cycle == 1 && Files.exists(dataDir.resolve("LOCK"))) {
                    notes.add("SIGKILL leaves RocksDB's LOCK file behind; the restart reopens it");
                }

                long started = System.nanoTime();
                serve();
                try (DynamoDbClient ddb = patientClient(server.endpoint())) {
                    awaitActive(ddb);
                    startupMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                    server.outputLines().stream().map(STARTED_IN::matcher).filter(Matcher::find).findFirst()
                            .ifPresent(m -> reportedMillis.add(Long.parseLong(m.group(1))));

                    WriteLedger.Verdict verdict = ledger.verify(scan(ddb), keys -> getItems(pool, ddb, keys));
                    verified += verdict.verified();
                    lost += verdict.lost();
                    if (!verdict.problems().isEmpty() || lost > 0) {
                        System.out.println(summary(cycle, acknowledged, verified, lost, startupMillis, reportedMillis, seed));
                    }
                    assertThat(verdict.problems()).as("after restart %d (seed %d)", cycle, seed).isEmpty();
                    assertThat(lost).as("acknowledged writes lost").isZero();
                }
                assertCleanLog(server, "restarted server, cycle " + cycle);
            }
        } finally {
            pool.shutdownNow();
        }

        String summary = summary(cycle, acknowledged, verified, lost, startupMillis, reportedMillis, seed);
        System.out.println(summary);
        notes.stream().distinct().forEach(note -> System.out.println("kill -9 note: " + note));
        assertThat(cycle).as("cycles completed within %s; %s", BUDGET, summary).isEqualTo(CYCLES);
        assertThat(verified).as("every acknowledged write verified").isEqualTo(acknowledged);
    }

    /** What one cycle's writers did before and after the kill. */
    private record CycleWrites(long acknowledged, int exitCode, List<String> unexpected, List<String> notes) {}

    private CycleWrites writeThenKill(ExecutorService pool, WriteLedger ledger, int cycle, long killAfterMillis)
            throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<DynamoDbClient> clients = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                clients.add(strictClient(server.endpoint()));
            }
            CountDownLatch writing = new CountDownLatch(WRITERS);
            List<Future<Long>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    writing.countDown();
                    return write(clients.get(writer), ledger, cycle, writer, killed, unexpected, notes);
                }));
            }
            writing.await(10, TimeUnit.SECONDS);
            Thread.sleep(killAfterMillis);
            killed.set(true);
            int exitCode = server.kill();
            long acknowledged = 0;
            for (Future<Long> writer : writers) {
                acknowledged += writer.get(30, TimeUnit.SECONDS);
            }
            return new CycleWrites(acknowledged, exitCode, List.copyOf(unexpected), List.copyOf(notes));
        } finally {
            clients.forEach(DynamoDbClient::close);
        }
    }

    /**
     * One client thread's writes in one cycle, until its first failure (the kill). Returns how many
     * item writes were acknowledged. A failure before the kill is noted, not fatal: the write may or
     * may not have happened, and the ledger allows both.
     */
    private static long write(DynamoDbClient ddb, WriteLedger ledger, int cycle, int writer, AtomicBoolean killed,
            List<String> unexpected, List<String> notes) {
        long acknowledged = 0;
        long stopBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (int n = 0; System.nanoTime() < stopBy; n++) {
            try {
                acknowledged += switch (n % 3) {
                    case 0 -> put(ddb, ledger.key("put/" + cycle + "/" + writer + "/" + n, false));
                    case 1 -> update(ddb, ledger.key("ctr/" + writer + "/" + (n / 3) % COUNTERS_PER_WRITER, true));
                    default -> batch(ddb, ledger, "bat/" + cycle + "/" + writer + "/" + n + "/");
                };
            } catch (SdkClientException | UncheckedIOException e) { // the URL client may throw the latter as is
                if (!killed.get()) {
                    notes.add("a write failed before the kill: " + e.getMessage());
                }
                return acknowledged;
            } catch (AwsServiceException e) {
                unexpected.add(e.awsErrorDetails().errorCode() + ": " + e.getMessage());
                return acknowledged;
            }
        }
        if (!killed.get()) {
            notes.add("a writer ran out of time before the kill");
        }
        return acknowledged;
    }

    private static long put(DynamoDbClient ddb, WriteLedger.Key key) {
        long version = key.attempt();
        ddb.putItem(b -> b.tableName(TABLE).item(versioned(key.name, version)));
        key.acknowledge(version);
        return 1;
    }

    private static long update(DynamoDbClient ddb, WriteLedger.Key key) {
        long version = key.attempt();
        ddb.updateItem(b -> b.tableName(TABLE).key(item("pk", key.name))
                .updateExpression("SET ver = :v, payload = :p ADD hits :one")
                .expressionAttributeValues(Map.of(":v", n(Long.toString(version)),
                        ":p", s(key.name + "#" + version), ":one", n("1"))));
        key.acknowledge(version);
        return 1;
    }

    private static long batch(DynamoDbClient ddb, WriteLedger ledger, String prefix) {
        Map<String, WriteLedger.Key> keys = new HashMap<>();
        List<WriteRequest> requests = new ArrayList<>();
        for (int i = 0; i < BATCH_SIZE; i++) {
            WriteLedger.Key key = ledger.key(prefix + i, false);
            long version = key.attempt();
            keys.put(key.name, key);
            requests.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(versioned(key.name, version)).build()).build());
        }
        var unprocessed = ddb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, requests)))
                .unprocessedItems().getOrDefault(TABLE, List.of());
        for (WriteRequest left : unprocessed) {
            keys.remove(left.putRequest().item().get("pk").s()); // not acknowledged
        }
        keys.values().forEach(key -> key.acknowledge(key.attemptedVersion));
        return keys.size();
    }

    private static Map<String, AttributeValue> versioned(String name, long version) {
        return item("pk", name, "ver", n(Long.toString(version)), "payload", name + "#" + version);
    }

    /** Polls DescribeTable until the restarted server answers and the table is ACTIVE. */
    private static void awaitActive(DynamoDbClient ddb) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                var table = ddb.describeTable(b -> b.tableName(TABLE)).table();
                if (table.tableStatus() == TableStatus.ACTIVE) {
                    assertThat(table.keySchema()).extracting(k -> k.attributeName()).containsExactly("pk");
                    return;
                }
            } catch (SdkClientException | UncheckedIOException notYet) {
                // not answering yet
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("table not ACTIVE within 30 s");
            }
            Thread.sleep(10);
        }
    }

    private static Map<String, Map<String, AttributeValue>> scan(DynamoDbClient ddb) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        int counted = 0;
        for (var page : ddb.scanPaginator(b -> b.tableName(TABLE).consistentRead(true))) {
            counted += page.count();
            for (var item : page.items()) {
                assertThat(items.put(item.get("pk").s(), item)).as("Scan returned %s twice", item.get("pk")).isNull();
            }
        }
        assertThat(counted).as("Scan's Count matches the items it returned").isEqualTo(items.size());
        return items;
    }

    private static Map<String, Map<String, AttributeValue>> getItems(ExecutorService pool, DynamoDbClient ddb,
            List<String> keys) {
        Map<String, Map<String, AttributeValue>> items = new ConcurrentHashMap<>();
        List<Future<?>> parts = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int part = w;
            parts.add(pool.submit(() -> {
                for (int i = part; i < keys.size(); i += WRITERS) {
                    String key = keys.get(i);
                    var response = ddb.getItem(b -> b.tableName(TABLE).key(item("pk", key)).consistentRead(true));
                    if (response.hasItem()) {
                        items.put(key, response.item());
                    }
                }
            }));
        }
        for (Future<?> p : parts) {
            try {
                p.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("GetItem after restart failed", e);
            }
        }
        return items;
    }

    private static void assertCleanLog(CairnProcess process, String which) {
        List<String> trouble = process.outputLines().stream().filter(line -> LOG_TROUBLE.matcher(line).find()).toList();
        assertThat(trouble).as("error lines in the log of the %s:\n%s", which, process.output()).isEmpty();
    }

    private static String summary(int cycles, long acknowledged, long verified, long lost, List<Long> startup,
            List<Long> reported, long seed) {
        return String.format("kill -9 durability: %d cycles, %d writes acknowledged, %d verified, %d lost; "
                + "restart to first DescribeTable answer %s, server-reported start-up %s (rocksdb.sync=%s, seed %d)",
                cycles, acknowledged, verified, lost, spread(startup), spread(reported), SYNC, seed);
    }

    private static String spread(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.isEmpty() ? "none" : String.format("min %d / median %d / max %d ms",
                sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }
}
