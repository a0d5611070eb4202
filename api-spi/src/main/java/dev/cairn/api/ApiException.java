package dev.cairn.api;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CancellationReason;
import java.util.List;
import java.util.Map;

/**
 * The one error type of the DynamoDB API. Built only by the factories below, so each DynamoDB
 * error has one spelling; rendered to the wire by the front ends in exactly one place each.
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, AttributeValue> item;
    private final List<CancellationReason> cancellationReasons;

    private ApiException(ErrorCode code, String message, Map<String, AttributeValue> item,
            List<CancellationReason> cancellationReasons) {
        super(message, null, false, false);
        this.code = code;
        this.item = item;
        this.cancellationReasons = cancellationReasons;
    }

    public static ApiException of(ErrorCode code, String message) {
        return new ApiException(code, message, null, null);
    }

    public static ApiException validation(String message) {
        return of(ErrorCode.VALIDATION, message);
    }

    public static ApiException serialization(String message) {
        return of(ErrorCode.SERIALIZATION, message);
    }

    public static ApiException unknownOperation() {
        return of(ErrorCode.UNKNOWN_OPERATION, null);
    }

    /**
     * An operation of DynamoDB's API that this server does not serve: DynamoDB's type for an
     * unknown operation, with a message naming it, so SDKs print more than "UnknownError".
     */
    public static ApiException notSupported(String operation) {
        return of(ErrorCode.UNKNOWN_OPERATION, operation + " is not supported by Cairn yet");
    }

    /** A table or index that does not exist (or is not ACTIVE for the request). */
    public static ApiException resourceNotFound(String message) {
        return of(ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    public static ApiException resourceInUse(String message) {
        return of(ErrorCode.RESOURCE_IN_USE, message);
    }

    public static ApiException limitExceeded(String message) {
        return of(ErrorCode.LIMIT_EXCEEDED, message);
    }

    /**
     * A failed condition.
     *
     * @param item the item as it was, when ReturnValuesOnConditionCheckFailure asked for it; else null
     */
    public static ApiException conditionalCheckFailed(Map<String, AttributeValue> item) {
        return new ApiException(ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed", item, null);
    }

    /** A write that would take an item collection (a table with local indexes) over its size limit. */
    public static ApiException itemCollectionSizeLimitExceeded(String message) {
        return of(ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, message);
    }

    public static ApiException transactionCanceled(String message, List<CancellationReason> reasons) {
        return new ApiException(ErrorCode.TRANSACTION_CANCELED, message, null, List.copyOf(reasons));
    }

    public static ApiException transactionConflict(String message) {
        return of(ErrorCode.TRANSACTION_CONFLICT, message);
    }

    public static ApiException internal(String message) {
        return of(ErrorCode.INTERNAL_SERVER_ERROR, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** The item carried by a ConditionalCheckFailedException, or null. */
    public Map<String, AttributeValue> item() {
        return item;
    }

    /** The reasons of a TransactionCanceledException, in request order, or null. */
    public List<CancellationReason> cancellationReasons() {
        return cancellationReasons;
    }

    @Override
    public String toString() {
        return code.typeName() + ": " + getMessage();
    }
}
