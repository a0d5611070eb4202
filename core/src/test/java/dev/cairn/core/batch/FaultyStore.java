package dev.cairn.core.batch;

import dev.cairn.core.ForwardingStore;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreTransaction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A real store with one fault injected: once armed, its N-th write (an atomic partition batch or a
 * store transaction) throws, either before reaching the store (nothing written) or after (written,
 * and yet the caller sees a failure, as when a store fails after its write took effect).
 */
final class FaultyStore extends ForwardingStore {

    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failing = -1;
    private volatile Supplier<Throwable> fault;
    private volatile boolean afterWriting;

    FaultyStore(Store store) {
        super(store);
    }

    /** Counts writes from now on; the {@code n}-th (from 1) throws what {@code fault} gives. */
    void failOnWrite(int n, Supplier<Throwable> fault, boolean afterWriting) {
        this.fault = fault;
        this.afterWriting = afterWriting;
        writes.set(0);
        failing = n;
    }

    @Override
    public boolean apply(PartitionBatch batch) {
        return counted(() -> super.apply(batch));
    }

    @Override
    public <T> T transact(Function<StoreTransaction, T> body) {
        return counted(() -> super.transact(body));
    }

    /** One write, failing before or after it reaches the store when it is the armed one. */
    private <T> T counted(Supplier<T> write) {
        boolean fails = writes.incrementAndGet() == failing;
        if (fails && !afterWriting) {
            throw sneaky(fault.get());
        }
        T result = write.get();
        if (fails) {
            throw sneaky(fault.get());
        }
        return result;
    }

    /** Throws an unchecked fault as it is: a RuntimeException or an Error. */
    private static RuntimeException sneaky(Throwable fault) {
        if (fault instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) fault;
    }
}
