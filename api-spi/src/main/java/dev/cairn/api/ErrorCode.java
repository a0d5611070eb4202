package dev.cairn.api;

/**
 * Every error the DynamoDB API answers with: its {@code __type} on the wire and its HTTP status.
 * The namespace is part of the wire type: DynamoDB reports request validation from its service
 * framework ({@code com.amazon.coral.*}) and everything else from its own namespace.
 */
public enum ErrorCode {
    VALIDATION("com.amazon.coral.validate#", "ValidationException", 400),
    SERIALIZATION("com.amazon.coral.service#", "SerializationException", 400),
    UNKNOWN_OPERATION("com.amazon.coral.service#", "UnknownOperationException", 400),
    MISSING_AUTHENTICATION_TOKEN("com.amazon.coral.service#", "MissingAuthenticationTokenException", 400),
    UNRECOGNIZED_CLIENT("com.amazon.coral.service#", "UnrecognizedClientException", 400),
    INVALID_SIGNATURE("com.amazon.coral.service#", "InvalidSignatureException", 400),
    ACCESS_DENIED("com.amazon.coral.service#", "AccessDeniedException", 400),
    RESOURCE_NOT_FOUND(Namespaces.DYNAMODB, "ResourceNotFoundException", 400),
    RESOURCE_IN_USE(Namespaces.DYNAMODB, "ResourceInUseException", 400),
    /** Only the backup operations answer this (DescribeContinuousBackups of an unknown table); moto's wire type. */
    TABLE_NOT_FOUND("com.amazonaws.dynamodb.v20111205#", "TableNotFoundException", 400),
    CONDITIONAL_CHECK_FAILED(Namespaces.DYNAMODB, "ConditionalCheckFailedException", 400),
    LIMIT_EXCEEDED(Namespaces.DYNAMODB, "LimitExceededException", 400),
    PROVISIONED_THROUGHPUT_EXCEEDED(Namespaces.DYNAMODB, "ProvisionedThroughputExceededException", 400),
    /** DynamoDB's throttling of the service itself (not of a table's capacity); every AWS SDK retries it. */
    THROTTLING("com.amazon.coral.availability#", "ThrottlingException", 400),
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED(Namespaces.DYNAMODB, "ItemCollectionSizeLimitExceededException", 400),
    TRANSACTION_CANCELED(Namespaces.DYNAMODB, "TransactionCanceledException", 400),
    TRANSACTION_CONFLICT(Namespaces.DYNAMODB, "TransactionConflictException", 400),
    TRANSACTION_IN_PROGRESS(Namespaces.DYNAMODB, "TransactionInProgressException", 400),
    IDEMPOTENT_PARAMETER_MISMATCH(Namespaces.DYNAMODB, "IdempotentParameterMismatchException", 400),
    INTERNAL_SERVER_ERROR(Namespaces.DYNAMODB, "InternalServerError", 500);

    private final String namespace;
    private final String typeName;
    private final int httpStatus;

    ErrorCode(String namespace, String typeName, int httpStatus) {
        this.namespace = namespace;
        this.typeName = typeName;
        this.httpStatus = httpStatus;
    }

    /** The short name, as SDKs report it: {@code ValidationException}. */
    public String typeName() {
        return typeName;
    }

    /** The full {@code __type} of the JSON error envelope. */
    public String wireType() {
        return namespace + typeName;
    }

    public int httpStatus() {
        return httpStatus;
    }

    private static final class Namespaces {
        static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    }
}
