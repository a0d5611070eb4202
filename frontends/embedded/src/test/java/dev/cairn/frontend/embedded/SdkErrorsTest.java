package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CancellationReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

/**
 * Every error type, including those no operation of the embedded client can raise yet
 * (transactions, throttling), maps to the class the SDK's unmarshaller picks for that
 * {@code __type} — the SDK's modeled exception, or DynamoDbException when it has none.
 */
class SdkErrorsTest {

    private static final Map<ErrorCode, Class<? extends DynamoDbException>> SDK_CLASS = Map.ofEntries(
            Map.entry(ErrorCode.RESOURCE_NOT_FOUND, ResourceNotFoundException.class),
            Map.entry(ErrorCode.RESOURCE_IN_USE, ResourceInUseException.class),
            Map.entry(ErrorCode.CONDITIONAL_CHECK_FAILED, ConditionalCheckFailedException.class),
            Map.entry(ErrorCode.LIMIT_EXCEEDED, LimitExceededException.class),
            Map.entry(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED, ProvisionedThroughputExceededException.class),
            Map.entry(ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, ItemCollectionSizeLimitExceededException.class),
            Map.entry(ErrorCode.TRANSACTION_CANCELED, TransactionCanceledException.class),
            Map.entry(ErrorCode.TRANSACTION_CONFLICT, TransactionConflictException.class),
            Map.entry(ErrorCode.TRANSACTION_IN_PROGRESS, TransactionInProgressException.class),
            Map.entry(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH, IdempotentParameterMismatchException.class),
            Map.entry(ErrorCode.INTERNAL_SERVER_ERROR, InternalServerErrorException.class),
            Map.entry(ErrorCode.TABLE_NOT_FOUND, TableNotFoundException.class));

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void eachErrorTypeBecomesTheSdkExceptionWithItsCodeStatusAndMessage(ErrorCode code) {
        DynamoDbException e = SdkErrors.toSdk(ApiException.of(code, "Something about " + code), "REQ1");

        assertThat(e).isExactlyInstanceOf(SDK_CLASS.getOrDefault(code, DynamoDbException.class));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code.typeName());
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Something about " + code);
        assertThat(e.awsErrorDetails().serviceName()).isEqualTo("DynamoDb");
        assertThat(e.statusCode()).isEqualTo(code.httpStatus());
        assertThat(e.requestId()).isEqualTo("REQ1");
        assertThat(e.getMessage()).isEqualTo("Something about " + code + " (Service: DynamoDb, Status Code: "
                + code.httpStatus() + ", Request ID: REQ1) (SDK Attempt Count: 1)");
    }

    @Test
    void anErrorWithoutMessageReadsLikeTheSdkReadsABareErrorType() {
        DynamoDbException e = SdkErrors.toSdk(ApiException.serialization(null), "REQ2");

        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SerializationException");
        assertThat(e.awsErrorDetails().errorMessage()).isNull();
        assertThat(e.getMessage()).startsWith("Service returned error code SerializationException (Service: DynamoDb, Status Code: 400");
    }

    @Test
    void transactionCanceledCarriesItsReasonsInOrderWithItems() {
        var reasons = List.of(
                new CancellationReason(null, "None", null),
                new CancellationReason(Map.of("pk", AttributeValue.s("a"), "b", AttributeValue.b(new byte[] {1})),
                        "ConditionalCheckFailed", "The conditional request failed"));

        var e = (TransactionCanceledException) SdkErrors.toSdk(
                ApiException.transactionCanceled("Transaction cancelled, please refer cancellation reasons for specific reasons "
                        + "[None, ConditionalCheckFailed]", reasons), "REQ3");

        assertThat(e.cancellationReasons()).hasSize(2);
        assertThat(e.cancellationReasons().get(0).code()).isEqualTo("None");
        assertThat(e.cancellationReasons().get(0).hasItem()).isFalse();
        assertThat(e.cancellationReasons().get(1).item())
                .isEqualTo(AttributeValues.toSdk(Map.of("pk", AttributeValue.s("a"), "b", AttributeValue.b(new byte[] {1}))));
        assertThat(e.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
    }

    @Test
    void conditionalCheckFailedCarriesTheItemOfEveryType() {
        var e = (ConditionalCheckFailedException) SdkErrors.toSdk(
                ApiException.conditionalCheckFailed(AttributeValues.toCairn(Tables.everyType("a", 1))), "REQ4");

        assertThat(e.item()).isEqualTo(Tables.everyType("a", 1));
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
    }

    @Test
    void anUnexpectedEngineFailureIsAnInternalServerErrorThatKeepsTheCause() {
        var cause = new IllegalStateException("store closed");

        DynamoDbException e = SdkErrors.internal(cause, "REQ5");

        assertThat(e).isExactlyInstanceOf(InternalServerErrorException.class);
        assertThat(e.statusCode()).isEqualTo(500);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalServerError");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Internal server error");
        assertThat(e).hasCause(cause);
    }
}
