package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.CancellationReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DynamoDB's TransactionCanceledException: one reason per action in request order, {@code None}
 * for the actions that were not at fault, and the codes repeated in the message.
 */
final class Cancellation {

    static final String CONFLICT_MESSAGE = "Transaction is ongoing for the item";

    private static final CancellationReason NONE = new CancellationReason(null, "None", null);

    private final CancellationReason[] reasons;

    Cancellation(int actions) {
        this.reasons = new CancellationReason[actions];
    }

    boolean any() {
        return Arrays.stream(reasons).anyMatch(reason -> reason != null);
    }

    void conflict(int index) {
        reasons[index] = new CancellationReason(null, "TransactionConflict", CONFLICT_MESSAGE);
    }

    /** Records that an action's key does not fit its table's schema. */
    void invalid(int index, String message) {
        reasons[index] = new CancellationReason(null, "ValidationError", message);
    }

    /** Records why an item's check or mutation failed: a failed condition or a validation error. */
    void failed(int index, ActionKind kind, ApiException failure) {
        if (failure.code() == ErrorCode.CONDITIONAL_CHECK_FAILED) {
            reasons[index] = new CancellationReason(failure.item(), "ConditionalCheckFailed",
                    kind.conditionFailedMessage());
        } else if (failure.code() == ErrorCode.VALIDATION) {
            reasons[index] = new CancellationReason(null, "ValidationError", failure.getMessage());
        } else if (failure.code() == ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED) {
            reasons[index] = new CancellationReason(null, "ItemCollectionSizeLimitExceeded", "Collection size exceeded.");
        } else if (failure.code() == ErrorCode.TRANSACTION_CONFLICT) {
            conflict(index);
        } else {
            throw failure;
        }
    }

    ApiException exception() {
        List<CancellationReason> all = new ArrayList<>(reasons.length);
        for (CancellationReason reason : reasons) {
            all.add(reason == null ? NONE : reason);
        }
        String codes = all.stream().map(CancellationReason::code).collect(Collectors.joining(", "));
        return ApiException.transactionCanceled(
                "Transaction cancelled, please refer cancellation reasons for specific reasons [" + codes + "]", all);
    }

    /** Every action cancelled for a conflict: when the store kept refusing the transaction. */
    static Cancellation everyActionConflicting(int actions) {
        Cancellation cancellation = new Cancellation(actions);
        for (int i = 0; i < actions; i++) {
            cancellation.conflict(i);
        }
        return cancellation;
    }
}
