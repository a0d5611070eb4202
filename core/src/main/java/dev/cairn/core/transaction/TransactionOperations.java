package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ItemResponse;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.TransactWriteItemsResponse;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.PreparedWrite;
import dev.cairn.core.write.TableGates;
import dev.cairn.core.write.WriteOutcome;
import dev.cairn.spi.storage.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TransactWriteItems and TransactGetItems: validated whole before anything is read, then run under
 * the shared gates of their tables on the store's path — a native store transaction when the store
 * has multi-partition transactions, core's own prepare/commit protocol otherwise — with the same
 * answers, cancellation reasons and ClientRequestToken idempotency on both.
 */
public final class TransactionOperations {

    /** How long a PREPARING transaction may stand before others presume its coordinator dead. */
    static final long ABANDONED_AFTER_MILLIS = 10_000;

    private final TableOperations tables;
    private final Catalog catalog;
    private final ItemStore items;
    private final TableGates gates;
    private final TransactionPath path;
    private final TransactionRecovery recovery;

    public TransactionOperations(Store store, TableOperations tables, Catalog catalog, ItemStore items,
            TableGates gates) {
        this.tables = tables;
        this.catalog = catalog;
        this.items = items;
        this.gates = gates;
        Clock clock = Clock.systemUTC();
        if (store.features().multiPartitionTransactions()) {
            this.path = new NativeTransactions(store, items, clock);
            this.recovery = null;
        } else {
            TransactionLog log = new TransactionLog(store);
            LockSettler settler = new LockSettler(store, items, log, clock, ABANDONED_AFTER_MILLIS);
            items.lockResolver(settler);
            this.path = new LockingTransactions(store, items, log, settler, clock);
            this.recovery = new TransactionRecovery(store, catalog, items, log);
        }
    }

    /** Finishes the transactions a previous run left behind; call once when the engine starts. */
    public void recover() {
        if (recovery != null) {
            recovery.run();
        }
    }

    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        List<TransactAction> validated = WriteRequestValidation.validate(request, tables);
        RequestToken token = RequestToken.of(request.clientRequestToken(), request.transactItems());
        List<TransactAction> actions;
        List<WriteOutcome> outcomes;
        try (TableGateSet held = new TableGateSet(gates, validated.stream().map(a -> a.write().table().name()).toList())) {
            actions = validated.stream().map(this::withCurrentTable).toList();
            outcomes = path.write(actions, token);
        }
        TransactionCapacity capacity = new TransactionCapacity(request.returnConsumedCapacity());
        for (TransactAction action : actions) {
            String table = action.write().table().name();
            if (outcomes == null) {
                capacity.read(table, items.read(action.write().table(), action.write().key()));
            } else if (action.kind().writes()) {
                capacity.write(action.write().table(), outcomes.get(action.index()));
            } else {
                capacity.read(table, outcomes.get(action.index()).before());
            }
        }
        return new TransactWriteItemsResponse(capacity.report(), null);
    }

    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        List<TransactRead> reads = GetRequestValidation.validate(request, tables);
        List<Map<String, AttributeValue>> found;
        try (TableGateSet held = new TableGateSet(gates, reads.stream().map(r -> r.table().name()).toList())) {
            reads = reads.stream().map(r -> new TransactRead(current(r.table()), r.key(), r.projection())).toList();
            found = path.read(reads);
        }
        ResponseSize.checkTransactGet(found);
        TransactionCapacity capacity = new TransactionCapacity(request.returnConsumedCapacity());
        List<ItemResponse> responses = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i++) {
            TransactRead read = reads.get(i);
            Map<String, AttributeValue> item = found.get(i);
            capacity.read(read.table().name(), item);
            responses.add(new ItemResponse(item == null || read.projection() == null
                    ? item : read.projection().apply(item)));
        }
        return new TransactGetItemsResponse(capacity.report(), responses);
    }

    private TransactAction withCurrentTable(TransactAction action) {
        PreparedWrite write = action.write();
        return new TransactAction(action.index(), action.kind(), new PreparedWrite(current(write.table()),
                write.key(), write.mutation(), write.item(), write.condition(), write.targets()));
    }

    /** The table's metadata as it is under its gate; the same table, not one recreated under its name. */
    private TableMetadata current(TableMetadata table) {
        TableMetadata current = catalog.find(table.name());
        if (current == null || !current.id().equals(table.id())) {
            throw ApiException.resourceNotFound("Requested resource not found");
        }
        return current;
    }
}
