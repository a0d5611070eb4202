package dev.cairn.core;

import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreFeatures;
import dev.cairn.spi.storage.StoreTransaction;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** A store that hands every call to another; tests override the calls they want to watch or change. */
public abstract class ForwardingStore implements Store {

    protected final Store store;

    protected ForwardingStore(Store store) {
        this.store = store;
    }

    @Override
    public StoreFeatures features() {
        return store.features();
    }

    @Override
    public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
        return store.get(keyspace, partition, clustering);
    }

    @Override
    public RowCursor range(RangeRead read) {
        return store.range(read);
    }

    @Override
    public RowCursor scan(ScanRead read) {
        return store.scan(read);
    }

    @Override
    public int segmentOf(String keyspace, byte[] partition, int totalSegments) {
        return store.segmentOf(keyspace, partition, totalSegments);
    }

    @Override
    public boolean apply(PartitionBatch batch) {
        return store.apply(batch);
    }

    @Override
    public <T> T transact(Function<StoreTransaction, T> body) {
        return store.transact(body);
    }

    @Override
    public CompletionStage<Void> durable() {
        return store.durable();
    }

    @Override
    public void dropKeyspace(String keyspace) {
        store.dropKeyspace(keyspace);
    }

    @Override
    public void close() {
        store.close();
    }
}
