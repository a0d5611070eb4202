package dev.cairn.distribution.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Isolation and atomicity under real contention, seen from the wire: real threads with real AWS SDK
 * v2 clients against a real HTTP front end on 127.0.0.1, on both of core's transaction routes —
 * RocksDB's native multi-partition transactions, and core's own prepare/commit protocol over the
 * memory store.
 *
 * <p>DynamoDB promises that a TransactWriteItems is applied whole or not at all, that a
 * TransactGetItems sees every item as of one moment, and that single-item writes (conditional
 * puts, ADD counters) are atomic and serialized with transactions on the same items. Each test
 * checks the end state against what the acknowledged responses imply, so a lost, doubled or torn
 * update fails it. Errors that DynamoDB guarantees changed nothing (conflicts, throttles) are
 * retried by the clients and counted; the SDK's own retries are off, so nothing is applied twice
 * behind the test's back. Every loop is bounded by a deadline; every test prints one figures line.
 *
 * <p>The crash between prepare and commit is proven in core, where the crash can be injected:
 * {@code core/src/test/java/dev/cairn/core/transaction/TransactionRecoveryTest}.
 *
 * <p>The seed of the random choices is printed; set {@code -Dcairn.concurrency.seed=...} to replay
 * the same choices (the interleaving is the scheduler's).
 */
class ConcurrentTransactionsTest {

    private static final long SEED = Long.getLong("cairn.concurrency.seed", System.nanoTime());
    private static final Map<TransactionRoute, HttpCairn> SERVERS = new EnumMap<>(TransactionRoute.class);

    private static final int THREADS = 8;
    private static final Duration GRACE = Duration.ofSeconds(15);

    @AfterAll
    static void closeServers() {
        SERVERS.values().forEach(HttpCairn::close);
        SERVERS.clear();
    }

    private static synchronized HttpCairn server(TransactionRoute route) {
        return SERVERS.computeIfAbsent(route, HttpCairn::start);
    }

    // ---------------------------------------------------------------- 1. bank transfers

    private static final int ACCOUNTS = 100;
    private static final int TRANSFERS = 10_000;
    private static final long OPENING = 200;
    private static final int MAX_AMOUNT = 100;

    /**
     * Every account holds {@code balance} and, for each peer p it has traded with, {@code f<p>}: the
     * net amount received from p. A transfer changes both accounts' balances and both flows in one
     * transaction, so in any consistent snapshot {@code a.f<b> + b.f<a> == 0} for every pair read,
     * and each account's {@code balance == OPENING + sum of its flows}.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TransactionRoute.class)
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void bankTransfersKeepTheTotalAndEveryTransactGetItemsSeesOneMoment(TransactionRoute route) throws Exception {
        long seed = SEED;
        HttpCairn cairn = server(route);
        try (DynamoDbClient ddb = cairn.client()) {
            String table = createTable(ddb, "bank");
            for (int i = 0; i < ACCOUNTS; i++) {
                int index = i;
                ddb.putItem(b -> b.tableName(table).item(Map.of("pk", s(account(index)), "balance", n(OPENING))));
            }
            AtomicLongArray balances = new AtomicLongArray(ACCOUNTS);
            AtomicLongArray flows = new AtomicLongArray(ACCOUNTS * ACCOUNTS);
            for (int i = 0; i < ACCOUNTS; i++) {
                balances.set(i, OPENING);
            }
            Tally writes = new Tally();
            Tally reads = new Tally();
            AtomicLong fullSnapshots = new AtomicLong();
            AtomicLong tornSnapshots = new AtomicLong();
            AtomicLong tradedPairsInFour = new AtomicLong();
            AtomicLong tradedPairsInAll = new AtomicLong();
            Queue<String> torn = new ConcurrentLinkedQueue<>();
            AtomicInteger tickets = new AtomicInteger();

            Workers workers = new Workers(Duration.ofSeconds(70));
            long started = System.nanoTime();
            List<Thread> writers = workers.start("bank-writer", THREADS, t -> {
                Random random = new Random(seed * 31 + t);
                while (workers.running() && tickets.getAndIncrement() < TRANSFERS) {
                    int from = random.nextInt(ACCOUNTS);
                    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    long amount = 1 + random.nextInt(MAX_AMOUNT);
                    writes.operations.increment();
                    while (workers.running()) {
                        try {
                            ddb.transactWriteItems(b -> b.transactItems(transfer(table, from, to, amount)));
                            balances.addAndGet(from, -amount);
                            balances.addAndGet(to, amount);
                            flows.addAndGet(from * ACCOUNTS + to, -amount);
                            flows.addAndGet(to * ACCOUNTS + from, amount);
                            writes.committed.increment();
                            break;
                        } catch (DynamoDbException e) {
                            if (writes.failed(e) == Tally.Outcome.REFUSED) {
                                break;
                            }
                        }
                    }
                }
            });
            List<Thread> reader = workers.start("bank-reader", 1, t -> {
                Random random = new Random(seed * 31 + THREADS);
                for (long round = 0; workers.running(); round++) {
                    boolean everyAccount = round % 10 == 9;
                    List<Integer> picked = everyAccount ? allAccounts() : distinctAccounts(random, 4);
                    reads.operations.increment();
                    try {
                        List<ItemResponse> seen = ddb.transactGetItems(b -> b.transactItems(gets(table, picked)))
                                .responses();
                        reads.committed.increment();
                        String problem = tornIn(picked, seen, everyAccount,
                                everyAccount ? tradedPairsInAll : tradedPairsInFour);
                        if (problem != null) {
                            tornSnapshots.incrementAndGet();
                            if (torn.size() < 10) {
                                torn.add(problem);
                            }
                        }
                        if (everyAccount) {
                            fullSnapshots.incrementAndGet();
                        }
                    } catch (DynamoDbException e) {
                        reads.failed(e);
                    }
                }
            });
            workers.join(writers, GRACE);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            workers.stop();
            workers.join(reader, GRACE);
            workers.rethrowFailures();

            Map<Integer, Map<String, AttributeValue>> finalState = new HashMap<>();
            long total = 0;
            for (int i = 0; i < ACCOUNTS; i++) {
                int index = i;
                Map<String, AttributeValue> item = ddb.getItem(b -> b.tableName(table)
                        .key(Map.of("pk", s(account(index)))).consistentRead(true)).item();
                finalState.put(i, item);
                total += number(item, "balance");
            }
            writes.print("bank", route, elapsed, String.format("seed=%d accounts=%d", seed, ACCOUNTS));
            reads.print("bank-reader", route, elapsed, String.format("snapshots(4 random)=%d snapshots(all 100)=%d "
                    + "traded-pairs-checked(in 4 / in all)=%d/%d torn=%d", reads.committed.sum() - fullSnapshots.get(),
                    fullSnapshots.get(), tradedPairsInFour.get(), tradedPairsInAll.get(), tornSnapshots.get()));

            assertThat(torn).as("torn TransactGetItems snapshots (seed %d)", seed).isEmpty();
            assertThat(total).as("total of all balances (seed %d)", seed).isEqualTo(ACCOUNTS * OPENING);
            for (int i = 0; i < ACCOUNTS; i++) {
                Map<String, AttributeValue> item = finalState.get(i);
                assertThat(number(item, "balance")).as("balance of %s implied by the committed transfers (seed %d)",
                        account(i), seed).isEqualTo(balances.get(i));
                for (int p = 0; p < ACCOUNTS; p++) {
                    if (p != i) {
                        assertThat(number(item, "f" + p)).as("%s.f%d (seed %d)", account(i), p, seed)
                                .isEqualTo(flows.get(i * ACCOUNTS + p));
                    }
                }
            }
            assertThat(writes.committed.sum() + writes.refused.sum())
                    .as("transfers decided within the deadline (seed %d)", seed).isEqualTo(TRANSFERS);
            assertThat(reads.committed.sum()).as("snapshots read while the transfers ran").isPositive();
        }
    }

    private static List<TransactWriteItem> transfer(String table, int from, int to, long amount) {
        TransactWriteItem debit = TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Map.of("pk", s(account(from))))
                .updateExpression("SET balance = balance - :amount ADD #peer :negative")
                .conditionExpression("balance >= :amount")
                .expressionAttributeNames(Map.of("#peer", "f" + to))
                .expressionAttributeValues(Map.of(":amount", n(amount), ":negative", n(-amount)))).build();
        TransactWriteItem credit = TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(Map.of("pk", s(account(to))))
                .updateExpression("SET balance = balance + :amount ADD #peer :amount")
                .expressionAttributeNames(Map.of("#peer", "f" + from))
                .expressionAttributeValues(Map.of(":amount", n(amount)))).build();
        return List.of(debit, credit);
    }

    /** Why the accounts read are not one moment's, or null when they are. */
    private static String tornIn(List<Integer> picked, List<ItemResponse> seen, boolean everyAccount,
            AtomicLong tradedPairsSeen) {
        if (seen.size() != picked.size()) {
            return "asked for " + picked.size() + " items, got " + seen.size();
        }
        Map<Integer, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        for (int i = 0; i < picked.size(); i++) {
            Map<String, AttributeValue> item = seen.get(i).item();
            if (item == null || item.isEmpty()) {
                return account(picked.get(i)) + " missing";
            }
            if (!item.get("pk").s().equals(account(picked.get(i)))) {
                return "response " + i + " is " + item.get("pk").s() + ", asked for " + account(picked.get(i));
            }
            long flowSum = 0;
            for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
                if (attribute.getKey().startsWith("f")) {
                    flowSum += Long.parseLong(attribute.getValue().n());
                }
            }
            if (number(item, "balance") != OPENING + flowSum) {
                return account(picked.get(i)) + " balance " + number(item, "balance") + " != " + OPENING + " + flows "
                        + flowSum + ": " + item;
            }
            items.put(picked.get(i), item);
        }
        for (int a : items.keySet()) {
            for (int b : items.keySet()) {
                if (a >= b) {
                    continue;
                }
                if (items.get(a).containsKey("f" + b) || items.get(b).containsKey("f" + a)) {
                    tradedPairsSeen.incrementAndGet();
                }
                if (number(items.get(a), "f" + b) + number(items.get(b), "f" + a) != 0) {
                    return account(a) + ".f" + b + "=" + number(items.get(a), "f" + b) + " but " + account(b) + ".f"
                            + a + "=" + number(items.get(b), "f" + a) + " in " + items.values();
                }
            }
        }
        if (everyAccount) {
            long total = items.values().stream().mapToLong(item -> number(item, "balance")).sum();
            if (total != ACCOUNTS * OPENING) {
                return "total of all " + ACCOUNTS + " balances " + total + " != " + ACCOUNTS * OPENING;
            }
        }
        return null;
    }

    private static List<TransactGetItem> gets(String table, List<Integer> accounts) {
        List<TransactGetItem> gets = new ArrayList<>(accounts.size());
        for (int a : accounts) {
            gets.add(TransactGetItem.builder().get(g -> g.tableName(table).key(Map.of("pk", s(account(a))))).build());
        }
        return gets;
    }

    private static List<Integer> distinctAccounts(Random random, int count) {
        List<Integer> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            int a = random.nextInt(ACCOUNTS);
            if (!picked.contains(a)) {
                picked.add(a);
            }
        }
        return picked;
    }

    private static List<Integer> allAccounts() {
        List<Integer> all = new ArrayList<>(ACCOUNTS);
        for (int i = 0; i < ACCOUNTS; i++) {
            all.add(i);
        }
        return all;
    }

    private static String account(int i) {
        return "acct" + i;
    }

    // ---------------------------------------------------------------- 2. atomic counter

    private static final int INCREMENTS_PER_THREAD = 1_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TransactionRoute.class)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void concurrentAddsOnOneItemLoseNoIncrement(TransactionRoute route) throws Exception {
        HttpCairn cairn = server(route);
        try (DynamoDbClient ddb = cairn.client()) {
            String table = createTable(ddb, "counter");
            Map<String, AttributeValue> key = Map.of("pk", s("hits"));
            Tally tally = new Tally();
            Workers workers = new Workers(Duration.ofSeconds(40));
            long started = System.nanoTime();
            workers.start("counter", THREADS, t -> {
                for (int i = 0; i < INCREMENTS_PER_THREAD && workers.running(); i++) {
                    tally.operations.increment();
                    while (workers.running()) {
                        try {
                            ddb.updateItem(b -> b.tableName(table).key(key).updateExpression("ADD n :one")
                                    .expressionAttributeValues(Map.of(":one", n(1))));
                            tally.committed.increment();
                            break;
                        } catch (DynamoDbException e) {
                            if (tally.failed(e) == Tally.Outcome.REFUSED) {
                                throw new AssertionError("an unconditional ADD was refused", e);
                            }
                        }
                    }
                }
            });
            workers.joinAll(GRACE);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            workers.rethrowFailures();
            long value = number(ddb.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item(), "n");
            tally.print("counter", route, elapsed, "final=" + value);

            assertThat(value).as("counter after %d acknowledged ADDs", tally.committed.sum())
                    .isEqualTo(tally.committed.sum());
            assertThat(tally.committed.sum()).as("ADDs acknowledged within the deadline")
                    .isEqualTo((long) THREADS * INCREMENTS_PER_THREAD);
        }
    }

    // ---------------------------------------------------------------- 3. put-if-absent

    private static final int RACED_KEYS = 50;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TransactionRoute.class)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void racingPutIfAbsentHasExactlyOneWinnerPerKey(TransactionRoute route) throws Exception {
        HttpCairn cairn = server(route);
        try (DynamoDbClient ddb = cairn.client()) {
            String table = createTable(ddb, "absent");
            AtomicIntegerArray winners = new AtomicIntegerArray(RACED_KEYS);
            AtomicIntegerArray winner = new AtomicIntegerArray(RACED_KEYS);
            AtomicIntegerArray losers = new AtomicIntegerArray(RACED_KEYS);
            Tally tally = new Tally();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            Workers workers = new Workers(Duration.ofSeconds(40));
            long started = System.nanoTime();
            workers.start("absent", THREADS, t -> {
                for (int k = 0; k < RACED_KEYS && workers.running(); k++) {
                    int key = k;
                    start.await(20, TimeUnit.SECONDS);
                    tally.operations.increment();
                    while (workers.running()) {
                        try {
                            ddb.putItem(b -> b.tableName(table)
                                    .item(Map.of("pk", s("key" + key), "owner", n(t)))
                                    .conditionExpression("attribute_not_exists(pk)"));
                            tally.committed.increment();
                            winners.incrementAndGet(key);
                            winner.set(key, t);
                            break;
                        } catch (DynamoDbException e) {
                            if (tally.failed(e) == Tally.Outcome.REFUSED) {
                                losers.incrementAndGet(key);
                                break;
                            }
                        }
                    }
                }
            });
            workers.joinAll(GRACE);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            workers.rethrowFailures();
            tally.print("put-if-absent", route, elapsed, "keys=" + RACED_KEYS + " racers=" + THREADS);

            for (int k = 0; k < RACED_KEYS; k++) {
                int key = k;
                assertThat(winners.get(k)).as("winners of key%d", k).isEqualTo(1);
                assertThat(losers.get(k)).as("ConditionalCheckFailed losers of key%d", k).isEqualTo(THREADS - 1);
                Map<String, AttributeValue> stored = ddb.getItem(b -> b.tableName(table)
                        .key(Map.of("pk", s("key" + key))).consistentRead(true)).item();
                assertThat(number(stored, "owner")).as("owner stored for key%d", k).isEqualTo(winner.get(k));
            }
        }
    }

    // ---------------------------------------------------------------- 4. mixed

    private static final int MIXED_ITEMS = 5;
    private static final int SINGLE_WRITERS = 4;
    private static final int SINGLE_ADDS_PER_THREAD = 750;
    private static final int TRANSACTION_WRITERS = 4;
    private static final int TRANSACTIONS_PER_THREAD = 250;
    private static final int ITEMS_PER_TRANSACTION = 3;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TransactionRoute.class)
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void singleItemAddsRacingTransactionsLoseNoIncrement(TransactionRoute route) throws Exception {
        long seed = SEED;
        HttpCairn cairn = server(route);
        try (DynamoDbClient ddb = cairn.client()) {
            String table = createTable(ddb, "mixed");
            for (int i = 0; i < MIXED_ITEMS; i++) {
                int item = i;
                ddb.putItem(b -> b.tableName(table).item(Map.of("pk", s("m" + item), "n", n(0))));
            }
            AtomicLongArray expected = new AtomicLongArray(MIXED_ITEMS);
            Tally singles = new Tally();
            Tally transactions = new Tally();
            Workers workers = new Workers(Duration.ofSeconds(45));
            long started = System.nanoTime();
            workers.start("mixed-single", SINGLE_WRITERS, t -> {
                Random random = new Random(seed * 31 + t);
                for (int i = 0; i < SINGLE_ADDS_PER_THREAD && workers.running(); i++) {
                    int item = random.nextInt(MIXED_ITEMS);
                    long increment = 1 + random.nextInt(9);
                    singles.operations.increment();
                    while (workers.running()) {
                        try {
                            ddb.updateItem(b -> b.tableName(table).key(Map.of("pk", s("m" + item)))
                                    .updateExpression("ADD n :inc").conditionExpression("attribute_exists(pk)")
                                    .expressionAttributeValues(Map.of(":inc", n(increment))));
                            expected.addAndGet(item, increment);
                            singles.committed.increment();
                            break;
                        } catch (DynamoDbException e) {
                            if (singles.failed(e) == Tally.Outcome.REFUSED) {
                                throw new AssertionError("ADD on an existing item refused", e);
                            }
                        }
                    }
                }
            });
            workers.start("mixed-transaction", TRANSACTION_WRITERS, t -> {
                Random random = new Random(seed * 31 + SINGLE_WRITERS + t);
                for (int i = 0; i < TRANSACTIONS_PER_THREAD && workers.running(); i++) {
                    List<Integer> items = new ArrayList<>();
                    while (items.size() < ITEMS_PER_TRANSACTION) {
                        int item = random.nextInt(MIXED_ITEMS);
                        if (!items.contains(item)) {
                            items.add(item);
                        }
                    }
                    long[] increments = new long[ITEMS_PER_TRANSACTION];
                    List<TransactWriteItem> actions = new ArrayList<>();
                    for (int j = 0; j < ITEMS_PER_TRANSACTION; j++) {
                        increments[j] = 10 + random.nextInt(90);
                        int item = items.get(j);
                        long increment = increments[j];
                        actions.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                                .key(Map.of("pk", s("m" + item))).updateExpression("ADD n :inc")
                                .conditionExpression("attribute_exists(pk)")
                                .expressionAttributeValues(Map.of(":inc", n(increment)))).build());
                    }
                    transactions.operations.increment();
                    while (workers.running()) {
                        try {
                            ddb.transactWriteItems(b -> b.transactItems(actions));
                            for (int j = 0; j < ITEMS_PER_TRANSACTION; j++) {
                                expected.addAndGet(items.get(j), increments[j]);
                            }
                            transactions.committed.increment();
                            break;
                        } catch (DynamoDbException e) {
                            if (transactions.failed(e) == Tally.Outcome.REFUSED) {
                                throw new AssertionError("a transaction on existing items was refused", e);
                            }
                        }
                    }
                }
            });
            workers.joinAll(GRACE);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            workers.rethrowFailures();
            long[] actual = new long[MIXED_ITEMS];
            for (int i = 0; i < MIXED_ITEMS; i++) {
                int item = i;
                actual[i] = number(ddb.getItem(b -> b.tableName(table).key(Map.of("pk", s("m" + item)))
                        .consistentRead(true)).item(), "n");
            }
            singles.print("mixed-single", route, elapsed, "seed=" + seed);
            transactions.print("mixed-transact", route, elapsed, "seed=" + seed + " items/transaction="
                    + ITEMS_PER_TRANSACTION);

            for (int i = 0; i < MIXED_ITEMS; i++) {
                assertThat(actual[i]).as("m%d: the sum of its acknowledged increments (seed %d)", i, seed)
                        .isEqualTo(expected.get(i));
            }
            assertThat(singles.committed.sum()).as("single-item ADDs acknowledged within the deadline")
                    .isEqualTo((long) SINGLE_WRITERS * SINGLE_ADDS_PER_THREAD);
            assertThat(transactions.committed.sum()).as("transactions acknowledged within the deadline")
                    .isEqualTo((long) TRANSACTION_WRITERS * TRANSACTIONS_PER_THREAD);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String createTable(DynamoDbClient ddb, String purpose) {
        String name = "conc_" + purpose + "_" + Long.toHexString(System.nanoTime());
        ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ddb.describeTable(b -> b.tableName(name)).table().tableStatus() != TableStatus.ACTIVE) {
            if (System.nanoTime() > until) {
                throw new AssertionError(name + " not ACTIVE after 10 s");
            }
            Thread.onSpinWait();
        }
        return name;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** The number attribute {@code name} of {@code item}, 0 when absent. */
    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item == null ? null : item.get(name);
        return value == null ? 0 : Long.parseLong(value.n());
    }
}
