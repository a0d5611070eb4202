package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.drain;
import static dev.cairn.tck.storage.Rows.hex;
import static dev.cairn.tck.storage.Rows.ofLong;
import static dev.cairn.tck.storage.Rows.toLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.StoreTransaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The contract's multi-partition transactions, aborted when the store does not declare them. */
abstract class TransactionContract extends NonBlockingAndDurabilityContract {

    @Test
    void transactThrowsUnsupportedOperationWhenTheStoreLacksMultiPartitionTransactions() {
        assumeFalse(store.features().multiPartitionTransactions(), "the store supports multi-partition transactions");

        assertThatThrownBy(() -> store.transact(tx -> null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void transactionReadsItsOwnWrites() {
        requireTransactions();
        writeRows(P, 1, 4);

        List<String> seen = store.transact(tx -> {
            tx.put(keyspace, P, bytes(2), bytes(20));
            tx.put(keyspace, P, bytes(5), bytes(5));
            tx.delete(keyspace, P, bytes(3));
            tx.put(keyspace, bytes(7), bytes(1), bytes(7));
            List<String> rows = new ArrayList<>();
            rows.add(hex(tx.get(keyspace, P, bytes(2))));
            rows.add(hex(tx.get(keyspace, P, bytes(3))));
            rows.add(hex(tx.get(keyspace, bytes(7), bytes(1))));
            drain(tx.range(RangeRead.all(keyspace, P))).forEach(row -> rows.add(Rows.describe(row)));
            drain(tx.range(new RangeRead(keyspace, P, Bound.exclusive(bytes(1)), null, true, 2)))
                    .forEach(row -> rows.add(hex(row.clustering())));
            return rows;
        });

        String p = hex(P);
        assertThat(seen).containsExactly("14", "null", "07",
                p + "/01=01", p + "/02=14", p + "/04=04", p + "/05=05",
                "05", "04");
    }

    @Test
    void transactionReadsCommittedRowsItDidNotWrite() {
        requireTransactions();
        put(P, bytes(1), bytes(1));

        byte[] value = store.transact(tx -> tx.get(keyspace, P, bytes(1)));

        assertThat(value).containsExactly(1);
        assertThat(store.<byte[]>transact(tx -> tx.get(keyspace, P, bytes(2)))).isNull();
    }

    @Test
    void transactionCommitsAllItsWritesAcrossPartitionsAndKeyspaces() {
        requireTransactions();
        String other = uniqueKeyspace();
        put(bytes(1), bytes(0), bytes(0));

        String result = store.transact(tx -> {
            tx.put(keyspace, bytes(1), bytes(1), bytes(1));
            tx.delete(keyspace, bytes(1), bytes(0));
            tx.put(keyspace, bytes(2), bytes(1), bytes(2));
            tx.put(other, bytes(3), bytes(1), bytes(3));
            assertThat(store.get(keyspace, bytes(2), bytes(1))).as("uncommitted write seen outside").isNull();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(store.get(keyspace, bytes(1), bytes(1))).containsExactly(1);
        assertThat(store.get(keyspace, bytes(1), bytes(0))).isNull();
        assertThat(store.get(keyspace, bytes(2), bytes(1))).containsExactly(2);
        assertThat(store.get(other, bytes(3), bytes(1))).containsExactly(3);
    }

    @Test
    void transactionWhoseBodyFailsWritesNothing() {
        requireTransactions();
        put(bytes(1), bytes(1), bytes(1));

        assertThatThrownBy(() -> store.transact(tx -> {
            tx.put(keyspace, bytes(1), bytes(1), bytes(9));
            tx.put(keyspace, bytes(2), bytes(1), bytes(9));
            throw new IllegalStateException("body failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("body failed");

        assertThat(store.get(keyspace, bytes(1), bytes(1))).containsExactly(1);
        assertThat(store.get(keyspace, bytes(2), bytes(1))).isNull();
    }

    @Test
    void concurrentTransfersBetweenPartitionsKeepTheTotalConstant() throws Exception {
        requireTransactions();
        int accounts = 6;
        long initial = 1000;
        for (int a = 0; a < accounts; a++) {
            put(account(a), bytes(0), ofLong(initial));
        }
        long total = accounts * initial;

        List<Long> observedTotals = runConcurrently(8, () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<Long> totals = new ArrayList<>();
            for (int n = 0; n < 25; n++) {
                int from = random.nextInt(accounts);
                int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                long amount = random.nextInt(100);
                retrying(tx -> {
                    long fromBalance = toLong(tx.get(keyspace, account(from), bytes(0)));
                    long toBalance = toLong(tx.get(keyspace, account(to), bytes(0)));
                    tx.put(keyspace, account(from), bytes(0), ofLong(fromBalance - amount));
                    tx.put(keyspace, account(to), bytes(0), ofLong(toBalance + amount));
                    return null;
                });
                if (n % 5 == 0) {
                    totals.add(retrying(tx -> sumOfAccounts(tx, accounts)));
                }
            }
            return totals;
        }).stream().flatMap(List::stream).toList();

        assertThat(observedTotals).isNotEmpty().containsOnly(total);
        long finalTotal = 0;
        for (int a = 0; a < accounts; a++) {
            finalTotal += toLong(store.get(keyspace, account(a), bytes(0)));
        }
        assertThat(finalTotal).isEqualTo(total);
    }

    private void requireTransactions() {
        assumeTrue(store.features().multiPartitionTransactions(), "the store lacks multi-partition transactions");
    }

    private static byte[] account(int index) {
        return ("account-" + index).getBytes(StandardCharsets.US_ASCII);
    }

    private long sumOfAccounts(StoreTransaction tx, int accounts) {
        long sum = 0;
        for (int a = 0; a < accounts; a++) {
            sum += toLong(tx.get(keyspace, account(a), bytes(0)));
        }
        return sum;
    }

    /** Runs a transaction until it commits, retrying on retryable storage errors as a caller should. */
    private <T> T retrying(Function<StoreTransaction, T> body) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.transact(body);
            } catch (StorageException e) {
                if (!e.retryable() || attempt >= 1000) {
                    throw e;
                }
            }
        }
    }
}
