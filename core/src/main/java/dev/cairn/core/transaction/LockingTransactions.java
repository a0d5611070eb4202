package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.index.IndexMaintainer;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.StoredItem;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.core.write.WriteOutcome;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Transactions on stores that only give atomic batches inside one partition, by the protocol of
 * DynamoDB's own transaction coordinators (ATC'23): read every item and compute every result;
 * write the transaction record (PREPARING, with the results); prepare each item, in one fixed order,
 * by a compare-and-set that locks it only if it is still exactly as read; compare-and-set the record
 * to COMMITTED, the commit point; then apply each item and release its lock in one batch of its
 * partition, and delete the record. A failed condition or a live lock cancels before anything is
 * written; an item that changed before it could be locked releases the locks taken and starts
 * again, a few times, then cancels with TransactionConflict. Whoever meets a lock later, or the
 * recovery at start, finishes the transaction from its record ({@link LockSettler}).
 *
 * <p>TransactGetItems reads every item twice: an item locked by an undecided transaction cancels
 * the read with TransactionConflict, and the answer is given only when the second round found
 * every row exactly as the first, so all items held those values together at the moment between.
 */
final class LockingTransactions implements TransactionPath {

    static final int MAX_ATTEMPTS = 4;
    private static final int MAX_SETTLE_ROUNDS = 64;

    private final Store store;
    private final ItemStore items;
    private final TransactionLog log;
    private final LockSettler settler;
    private final Clock clock;

    LockingTransactions(Store store, ItemStore items, TransactionLog log, LockSettler settler, Clock clock) {
        this.store = store;
        this.items = items;
        this.log = log;
        this.settler = settler;
        this.clock = clock;
    }

    @Override
    public List<WriteOutcome> write(List<TransactAction> actions, RequestToken token) {
        byte[] claim = token == null ? null : RequestTokens.claim(store, token, clock.millis());
        if (token != null && claim == null) {
            return null;
        }
        try {
            Cancellation lastConflict = null;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                Attempt run = new Attempt(actions);
                List<WriteOutcome> outcomes = run.execute(token);
                if (outcomes != null) {
                    return outcomes;
                }
                lastConflict = run.conflict;
            }
            throw lastConflict.exception();
        } catch (ApiException cancelled) {
            if (claim != null) {
                RequestTokens.release(store, token, claim);
            }
            throw cancelled;
        }
    }

    /** One try at a transaction, from the first read to the last release. */
    private final class Attempt {

        private final List<TransactAction> actions;
        private final byte[][] seen;
        private final List<WriteOutcome> planned = new ArrayList<>();
        private Cancellation conflict;

        Attempt(List<TransactAction> actions) {
            this.actions = actions;
            this.seen = new byte[actions.size()][];
        }

        /** The outcomes, or null when an item changed under the attempt and it should be tried again. */
        List<WriteOutcome> execute(RequestToken token) {
            Cancellation cancellation = readAndPlan();
            if (cancellation.any()) {
                throw cancellation.exception();
            }
            TransactionLog.Stored record = log.create(record(token));
            List<TransactAction> order = new ArrayList<>(actions);
            order.sort(Comparator.comparing(TransactAction::itemIdentity));
            byte[][] locked = new byte[actions.size()][];
            for (TransactAction action : order) {
                byte[] lock = StoredItemCodec.encode(new StoredItem(before(action), record.record().id()));
                if (!store.apply(new PartitionBatch(action.keyspace(), action.write().key().partition(),
                        List.of(new PartitionBatch.Condition(action.write().key().clustering(), seen[action.index()])),
                        List.of(new PartitionBatch.Mutation(action.write().key().clustering(), lock))))) {
                    abort(record, locked);
                    conflict = new Cancellation(actions.size());
                    conflict.conflict(action.index());
                    return null;
                }
                locked[action.index()] = lock;
            }
            CrashPoints.reach(CrashPoints.AFTER_PREPARE);
            TransactionLog.Stored committed = log.commit(record);
            if (committed == null) {
                abort(record, locked);
                conflict = Cancellation.everyActionConflicting(actions.size());
                return null;
            }
            CrashPoints.reach(CrashPoints.AFTER_COMMIT);
            if (token != null) {
                RequestTokens.markDone(store, token.partition(), committed.record().tokenDone());
            }
            for (TransactAction action : order) {
                WriteOutcome outcome = planned.get(action.index());
                items.settleLock(action.write().table(), action.write().key(), locked[action.index()],
                        outcome.before(), outcome.after());
            }
            log.remove(committed);
            return planned;
        }

        private Cancellation readAndPlan() {
            Cancellation cancellation = new Cancellation(actions.size());
            for (TransactAction action : actions) {
                StoredItem stored = readSettled(action);
                if (stored != null && stored.locked()) {
                    cancellation.conflict(action.index());
                    planned.add(null);
                    continue;
                }
                Map<String, AttributeValue> current = stored == null ? null : stored.item();
                Map<String, AttributeValue> next = current;
                try {
                    next = action.write().mutation().apply(current);
                    IndexMaintainer.checkIndexKeys(action.write().table(), next);
                } catch (ApiException failure) {
                    cancellation.failed(action.index(), action.kind(), failure);
                }
                planned.add(new WriteOutcome(current, action.kind().writes() ? next : current));
            }
            return cancellation;
        }

        /** The item's row once no decided or abandoned transaction holds it; still locked only by a live one. */
        private StoredItem readSettled(TransactAction action) {
            for (int round = 0; ; round++) {
                byte[] bytes = store.get(action.keyspace(), action.write().key().partition(),
                        action.write().key().clustering());
                seen[action.index()] = bytes;
                StoredItem stored = bytes == null ? null : StoredItemCodec.decode(bytes);
                if (stored == null || !stored.locked() || round == MAX_SETTLE_ROUNDS
                        || !settler.settle(action.write().table(), action.write().key())) {
                    return stored;
                }
            }
        }

        private Map<String, AttributeValue> before(TransactAction action) {
            return planned.get(action.index()).before();
        }

        private TransactionRecord record(RequestToken token) {
            List<TransactionRecord.RecordedWrite> writes = new ArrayList<>(actions.size());
            for (TransactAction action : actions) {
                writes.add(new TransactionRecord.RecordedWrite(action.write().table().name(),
                        action.write().table().id(), action.write().key().partition(),
                        action.write().key().clustering(), action.kind().writes(),
                        planned.get(action.index()).after()));
            }
            long now = clock.millis();
            return new TransactionRecord(UUID.randomUUID().toString(), TransactionRecord.State.PREPARING, now, writes,
                    token == null ? null : token.partition(), token == null ? null : RequestTokens.done(token, now));
        }

        /** Gives up the attempt: the record first (so no one rolls it forward), then every lock taken. */
        private void abort(TransactionLog.Stored record, byte[][] locked) {
            log.remove(record);
            for (TransactAction action : actions) {
                if (locked[action.index()] != null) {
                    Map<String, AttributeValue> before = before(action);
                    items.settleLock(action.write().table(), action.write().key(), locked[action.index()], before,
                            before);
                }
            }
        }
    }

    @Override
    public List<Map<String, AttributeValue>> read(List<TransactRead> reads) {
        Cancellation changed = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS * 4; attempt++) {
            byte[][] first = new byte[reads.size()][];
            List<Map<String, AttributeValue>> found = new ArrayList<>(reads.size());
            Cancellation cancellation = new Cancellation(reads.size());
            boolean retry = false;
            for (int i = 0; i < reads.size(); i++) {
                TransactRead read = reads.get(i);
                first[i] = store.get(read.keyspace(), read.key().partition(), read.key().clustering());
                StoredItem stored = first[i] == null ? null : StoredItemCodec.decode(first[i]);
                if (stored == null || !stored.locked()) {
                    found.add(stored == null ? null : stored.item());
                    continue;
                }
                LockSettler.Resolution resolution = settler.resolve(read.table(), read.key(), stored);
                if (resolution.standing() == LockSettler.Standing.COMMITTED) {
                    found.add(resolution.item());
                } else if (resolution.standing() == LockSettler.Standing.UNDECIDED
                        && !settler.settle(read.table(), read.key())) {
                    cancellation.conflict(i);
                    found.add(null);
                } else {
                    retry = true;
                    found.add(null);
                }
            }
            if (cancellation.any()) {
                throw cancellation.exception();
            }
            changed = new Cancellation(reads.size());
            for (int i = 0; i < reads.size() && !retry; i++) {
                TransactRead read = reads.get(i);
                if (!Arrays.equals(first[i], store.get(read.keyspace(), read.key().partition(),
                        read.key().clustering()))) {
                    changed.conflict(i);
                }
            }
            if (!retry && !changed.any()) {
                return found;
            }
        }
        throw (changed == null || !changed.any() ? Cancellation.everyActionConflicting(reads.size()) : changed).exception();
    }
}
