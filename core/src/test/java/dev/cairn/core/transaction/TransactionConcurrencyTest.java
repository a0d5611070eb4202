package dev.cairn.core.transaction;

import static dev.cairn.core.transaction.Requests.key;
import static dev.cairn.core.transaction.Requests.n;
import static dev.cairn.core.transaction.Requests.put;
import static dev.cairn.core.transaction.Requests.read;
import static dev.cairn.core.transaction.Requests.s;
import static dev.cairn.core.transaction.Requests.update;
import static dev.cairn.core.transaction.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ItemResponse;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.core.CairnEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Serializability with real threads: transactions among themselves, against single-item writes
 * and against transactional reads, on every path.
 */
class TransactionConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ACCOUNTS = 100;
    private static final int TRANSFERS = 10_000;
    private static final long OPENING_BALANCE = 1_000;

    private EngineFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void bankTransfersKeepTheTotalAndEveryCommittedTransferIsVisible(TransactionBackend backend) throws Exception {
        fixture = new EngineFixture(backend);
        CairnEngine engine = fixture.engine();
        String table = fixture.table("txn_bank");
        for (int i = 0; i < ACCOUNTS; i++) {
            TransactWriteItemsTest.putItem(engine, table, Map.of("pk", s("acct" + i), "balance",
                    n(Long.toString(OPENING_BALANCE))));
        }
        AtomicLongArray expected = new AtomicLongArray(ACCOUNTS);
        for (int i = 0; i < ACCOUNTS; i++) {
            expected.set(i, OPENING_BALANCE);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong committed = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong insufficient = new AtomicLong();
        AtomicLong snapshots = new AtomicLong();
        AtomicLong wrongSnapshots = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (next.getAndIncrement() < TRANSFERS) {
                    int from = random.nextInt(ACCOUNTS);
                    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    long amount = 1 + random.nextInt(50);
                    while (true) {
                        try {
                            engine.transactWriteItems(write(
                                    update(table, "acct" + from, "SET balance = balance - :a",
                                            Map.of(":a", n(Long.toString(amount))), "balance >= :a"),
                                    update(table, "acct" + to, "SET balance = balance + :a",
                                            Map.of(":a", n(Long.toString(amount))), null)));
                            expected.addAndGet(from, -amount);
                            expected.addAndGet(to, amount);
                            committed.incrementAndGet();
                            break;
                        } catch (ApiException e) {
                            if (e.code() != ErrorCode.TRANSACTION_CANCELED) {
                                throw e;
                            }
                            if (e.cancellationReasons().stream().anyMatch(r -> r.code().equals("ConditionalCheckFailed"))) {
                                insufficient.incrementAndGet();
                                break;
                            }
                            conflicts.incrementAndGet();
                            retries.incrementAndGet();
                            Thread.onSpinWait();
                        }
                    }
                }
                return null;
            }));
        }
        Future<?> auditor = pool.submit(() -> {
            String[] pair = {"acct0", "acct1", "acct2", "acct3"};
            while (next.get() < TRANSFERS) {
                try {
                    TransactGetItemsResponse seen = engine.transactGetItems(read(table, pair));
                    snapshots.incrementAndGet();
                    for (ItemResponse response : seen.responses()) {
                        if (response.item() == null) {
                            wrongSnapshots.incrementAndGet();
                        }
                    }
                } catch (ApiException e) {
                    if (e.code() != ErrorCode.TRANSACTION_CANCELED) {
                        throw e;
                    }
                }
            }
            return null;
        });
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        auditor.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        long total = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
            Map<String, AttributeValue> account = TransactWriteItemsTest.get(engine, table, "acct" + i);
            long balance = Long.parseLong(((AttributeValue.N) account.get("balance")).value());
            assertThat(balance).as("acct" + i).isEqualTo(expected.get(i));
            assertThat(balance).isNotNegative();
            total += balance;
        }
        assertThat(total).isEqualTo(ACCOUNTS * OPENING_BALANCE);
        assertThat(committed.get() + insufficient.get()).isEqualTo(TRANSFERS);
        assertThat(wrongSnapshots.get()).isZero();
        System.out.printf("[bank %s] transfers committed=%d refused(balance)=%d retries=%d conflicts=%d "
                + "snapshots=%d elapsed=%d ms (%.0f tx/s)%n", backend, committed.get(), insufficient.get(),
                retries.get(), conflicts.get(), snapshots.get(), elapsedMillis,
                committed.get() * 1000.0 / Math.max(1, elapsedMillis));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void racingPutIfAbsentHasExactlyOneWinner(TransactionBackend backend) throws Exception {
        fixture = new EngineFixture(backend);
        CairnEngine engine = fixture.engine();
        String table = fixture.table("txn_race");
        for (int round = 0; round < 50; round++) {
            String pk = "key" + round;
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger winners = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> racers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int racer = t;
                racers.add(pool.submit(() -> {
                    start.await();
                    Map<String, AttributeValue> item = Map.of("pk", s(pk), "owner", n(Integer.toString(racer)));
                    try {
                        if (racer % 2 == 0) {
                            engine.putItem(new PutItemRequest(table, item, "attribute_not_exists(pk)", null, null,
                                    null, null, null, null, null, null));
                        } else {
                            engine.transactWriteItems(write(put(table, item, "attribute_not_exists(pk)", null)));
                        }
                        winners.incrementAndGet();
                    } catch (ApiException e) {
                        assertThat(e.code()).isIn(ErrorCode.CONDITIONAL_CHECK_FAILED, ErrorCode.TRANSACTION_CANCELED,
                                ErrorCode.TRANSACTION_CONFLICT);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(winners.get()).as(pk).isEqualTo(1);
            assertThat(TransactWriteItemsTest.get(engine, table, pk)).containsKey("owner");
        }
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void singleItemWritesAndTransactionsOnOneCounterLoseNoIncrement(TransactionBackend backend) throws Exception {
        fixture = new EngineFixture(backend);
        CairnEngine engine = fixture.engine();
        String table = fixture.table("txn_counter");
        AtomicLong applied = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int worker = t;
            workers.add(pool.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    try {
                        if (worker % 2 == 0) {
                            engine.updateItem(new dev.cairn.api.model.UpdateItemRequest(table, key("c"),
                                    "ADD n :one", null, null, Map.of(":one", n("1")), null, null, null, null, null,
                                    null, null));
                        } else {
                            engine.transactWriteItems(write(update(table, "c", "ADD n :one",
                                    Map.of(":one", n("1")), null), put(table, key("other" + worker + "_" + i))));
                        }
                        applied.incrementAndGet();
                    } catch (ApiException e) {
                        assertThat(e.code()).isIn(ErrorCode.TRANSACTION_CANCELED, ErrorCode.TRANSACTION_CONFLICT);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(TransactWriteItemsTest.get(engine, table, "c"))
                .containsEntry("n", n(Long.toString(applied.get())));
    }
}
