package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.write.WriteOutcome;
import java.util.List;
import java.util.Map;

/**
 * How transactions run on one kind of store: natively in a store transaction, or by core's own
 * prepare/commit protocol. Both give the same behaviour; the actions come validated, with their
 * tables' metadata as it is under the tables' gates.
 */
interface TransactionPath {

    /**
     * Runs every action or none.
     *
     * @return each action's item before and after, in request order; null when the request's token
     *     shows it already succeeded (nothing is written again)
     * @throws dev.cairn.api.ApiException TransactionCanceledException with the reasons
     */
    List<WriteOutcome> write(List<TransactAction> actions, RequestToken token);

    /** Reads every item as of one instant (null where there is none), in request order, or cancels. */
    List<Map<String, AttributeValue>> read(List<TransactRead> reads);
}
