package dev.cairn.frontend.embedded;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
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
 * Turns an {@link ApiException} into the exception the SDK would have unmarshalled from
 * DynamoDB's error answer, field for field: the modeled subclass for the error type (plain
 * {@link DynamoDbException} for ValidationException and the other unmodeled types), the error
 * code and message in {@code awsErrorDetails()}, the HTTP status, a request id, and one attempt —
 * so {@code getMessage()} reads {@code "<message> (Service: DynamoDb, Status Code: 400,
 * Request ID: ...) (SDK Attempt Count: 1)"}. Only the raw JSON body is missing: none was written.
 */
final class SdkErrors {

    /** What the HTTP front end answers for a failure that is not an ApiException. */
    static final String INTERNAL_ERROR_MESSAGE = "Internal server error";

    private SdkErrors() {}

    static DynamoDbException toSdk(ApiException error, String requestId) {
        return build(builderFor(error), error.code(), error.getMessage(), requestId, null);
    }

    /** An unexpected engine failure: InternalServerError as on the wire, with the cause kept for the user's stack trace. */
    static DynamoDbException internal(RuntimeException cause, String requestId) {
        return build(InternalServerErrorException.builder(), ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE,
                requestId, cause);
    }

    private static DynamoDbException build(DynamoDbException.Builder builder, ErrorCode code, String message,
            String requestId, Throwable cause) {
        builder.awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code.typeName())
                        .errorMessage(message)
                        .serviceName(SdkHttpMetadata.SERVICE_NAME)
                        .sdkHttpResponse(SdkHttpMetadata.httpResponse(code.httpStatus(), requestId))
                        .build())
                .message(message == null || message.isBlank() ? "Service returned error code " + code.typeName() : message)
                .statusCode(code.httpStatus())
                .requestId(requestId)
                .numAttempts(1)
                .cause(cause);
        return (DynamoDbException) builder.build();
    }

    private static DynamoDbException.Builder builderFor(ApiException error) {
        return switch (error.code()) {
            case RESOURCE_NOT_FOUND -> ResourceNotFoundException.builder();
            case RESOURCE_IN_USE -> ResourceInUseException.builder();
            case TABLE_NOT_FOUND -> TableNotFoundException.builder();
            case CONDITIONAL_CHECK_FAILED -> ConditionalCheckFailedException.builder()
                    .item(AttributeValues.toSdk(error.item()));
            case LIMIT_EXCEEDED -> LimitExceededException.builder();
            case PROVISIONED_THROUGHPUT_EXCEEDED -> ProvisionedThroughputExceededException.builder();
            case ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED -> ItemCollectionSizeLimitExceededException.builder();
            case TRANSACTION_CANCELED -> TransactionCanceledException.builder()
                    .cancellationReasons(Absent.list(error.cancellationReasons(), SdkErrors::toSdk));
            case TRANSACTION_CONFLICT -> TransactionConflictException.builder();
            case TRANSACTION_IN_PROGRESS -> TransactionInProgressException.builder();
            case IDEMPOTENT_PARAMETER_MISMATCH -> IdempotentParameterMismatchException.builder();
            case INTERNAL_SERVER_ERROR -> InternalServerErrorException.builder();
            default -> DynamoDbException.builder();
        };
    }

    private static CancellationReason toSdk(dev.cairn.api.model.CancellationReason reason) {
        return CancellationReason.builder()
                .item(AttributeValues.toSdk(reason.item()))
                .code(reason.code())
                .message(reason.message())
                .build();
    }
}
