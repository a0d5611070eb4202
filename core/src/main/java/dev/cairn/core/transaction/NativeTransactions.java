package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.index.IndexMaintainer;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.core.write.WriteOutcome;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Transactions on stores with serializable multi-partition transactions: the whole request is one
 * store transaction that reads every item, checks every condition, computes every change and only
 * then writes them all (index entries and the request token included). A store conflict runs the
 * transaction again, a bounded number of times, then cancels it with TransactionConflict.
 */
final class NativeTransactions implements TransactionPath {

    static final int MAX_ATTEMPTS = 32;

    private final Store store;
    private final ItemStore items;
    private final Clock clock;

    NativeTransactions(Store store, ItemStore items, Clock clock) {
        this.store = store;
        this.items = items;
        this.clock = clock;
    }

    @Override
    public List<WriteOutcome> write(List<TransactAction> actions, RequestToken token) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return store.transact(transaction -> writeAll(transaction, actions, token));
            } catch (StorageException e) {
                if (!e.retryable()) {
                    throw e;
                }
            }
        }
        throw Cancellation.everyActionConflicting(actions.size()).exception();
    }

    private List<WriteOutcome> writeAll(StoreTransaction transaction, List<TransactAction> actions,
            RequestToken token) {
        long now = clock.millis();
        if (token != null && RequestTokens.alreadyDone(
                transaction.get(Subspaces.TRANSACTION_TOKENS, token.partition(), RequestTokens.ROW), token, now)) {
            return null;
        }
        Cancellation cancellation = new Cancellation(actions.size());
        List<WriteOutcome> planned = new ArrayList<>(actions.size());
        for (TransactAction action : actions) {
            Map<String, AttributeValue> current = StoredItemCodec.item(transaction.get(action.keyspace(),
                    action.write().key().partition(), action.write().key().clustering()));
            Map<String, AttributeValue> next = null;
            try {
                next = action.write().mutation().apply(current);
                IndexMaintainer.checkIndexKeys(action.write().table(), next);
            } catch (ApiException failure) {
                cancellation.failed(action.index(), action.kind(), failure);
            }
            planned.add(new WriteOutcome(current, next));
        }
        if (cancellation.any()) {
            throw cancellation.exception();
        }
        for (TransactAction action : actions) {
            if (action.kind().writes()) {
                Map<String, AttributeValue> next = planned.get(action.index()).after();
                try {
                    items.writeWithin(transaction, action.write().table(), action.write().key(), current -> next);
                } catch (ApiException failure) {
                    cancellation.failed(action.index(), action.kind(), failure);
                }
            }
        }
        if (cancellation.any()) {
            throw cancellation.exception();
        }
        if (token != null) {
            transaction.put(Subspaces.TRANSACTION_TOKENS, token.partition(), RequestTokens.ROW,
                    RequestTokens.done(token, now));
        }
        return planned;
    }

    @Override
    public List<Map<String, AttributeValue>> read(List<TransactRead> reads) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return store.transact(transaction -> {
                    List<Map<String, AttributeValue>> found = new ArrayList<>(reads.size());
                    for (TransactRead read : reads) {
                        found.add(StoredItemCodec.item(transaction.get(read.keyspace(), read.key().partition(),
                                read.key().clustering())));
                    }
                    return found;
                });
            } catch (StorageException e) {
                if (!e.retryable()) {
                    throw e;
                }
            }
        }
        throw Cancellation.everyActionConflicting(reads.size()).exception();
    }
}
