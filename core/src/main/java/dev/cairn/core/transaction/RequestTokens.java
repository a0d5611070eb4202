package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Store;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * ClientRequestToken idempotency, as DynamoDB promises it: for 10 minutes after a TransactWriteItems
 * succeeded, the same token with the same request answers success again without writing anything;
 * with a different request it fails with IdempotentParameterMismatchException; while the first
 * request is still running, a second one fails with TransactionInProgressException. A token row
 * holds a state, a time and the request's fingerprint; a cancelled request leaves no row, so it can
 * be retried with its token. A claim left by a coordinator that died expires after a short time.
 */
final class RequestTokens {

    static final long WINDOW_MILLIS = 10 * 60 * 1000L;
    static final long CLAIM_TIMEOUT_MILLIS = 30_000L;
    static final byte[] ROW = {0};

    private static final byte IN_PROGRESS = 1;
    private static final byte DONE = 2;

    private RequestTokens() {}

    /** True when the token's row says the request already succeeded; throws when it must not run. */
    static boolean alreadyDone(byte[] row, RequestToken token, long now) {
        if (row == null) {
            return false;
        }
        ByteBuffer buffer = ByteBuffer.wrap(row);
        byte state = buffer.get();
        long since = buffer.getLong();
        byte[] fingerprint = new byte[buffer.remaining()];
        buffer.get(fingerprint);
        long timeout = state == DONE ? WINDOW_MILLIS : CLAIM_TIMEOUT_MILLIS;
        if (now - since > timeout) {
            return false;
        }
        if (!Arrays.equals(fingerprint, token.fingerprint())) {
            throw ApiException.of(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH,
                    "The request uses the same client token as a previous, but non-identical request.");
        }
        if (state == IN_PROGRESS) {
            throw ApiException.of(ErrorCode.TRANSACTION_IN_PROGRESS,
                    "The transaction with the given request token is already in progress.");
        }
        return true;
    }

    static byte[] done(RequestToken token, long now) {
        return row(DONE, token, now);
    }

    /**
     * Claims the token for a request about to run, by compare-and-set: returns the claim's bytes,
     * or null when the request already succeeded.
     */
    static byte[] claim(Store store, RequestToken token, long now) {
        while (true) {
            byte[] current = store.get(Subspaces.TRANSACTION_TOKENS, token.partition(), ROW);
            if (alreadyDone(current, token, now)) {
                return null;
            }
            byte[] claim = row(IN_PROGRESS, token, now);
            if (compareAndSet(store, token, current, claim)) {
                return claim;
            }
        }
    }

    /** Frees the token of a request that was cancelled, so that a retry with it runs. */
    static void release(Store store, RequestToken token, byte[] claim) {
        compareAndSet(store, token, claim, null);
    }

    static void markDone(Store store, byte[] partition, byte[] done) {
        store.apply(new PartitionBatch(Subspaces.TRANSACTION_TOKENS, partition, List.of(),
                List.of(new PartitionBatch.Mutation(ROW, done))));
    }

    private static boolean compareAndSet(Store store, RequestToken token, byte[] expected, byte[] value) {
        return store.apply(new PartitionBatch(Subspaces.TRANSACTION_TOKENS, token.partition(),
                List.of(new PartitionBatch.Condition(ROW, expected)), List.of(new PartitionBatch.Mutation(ROW, value))));
    }

    private static byte[] row(byte state, RequestToken token, long now) {
        return ByteBuffer.allocate(9 + token.fingerprint().length).put(state).putLong(now).put(token.fingerprint())
                .array();
    }
}
