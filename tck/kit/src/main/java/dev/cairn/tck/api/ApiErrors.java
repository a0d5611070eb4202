package dev.cairn.tck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Assertions on the error a call must fail with, as the SDK surfaces DynamoDB's wire error. */
final class ApiErrors {

    static final String VALIDATION = "ValidationException";

    private ApiErrors() {}

    /** The call fails with this SDK exception class, error code, HTTP status 400 and exact message. */
    static <E extends DynamoDbException> E assertError(Class<E> type, String code, String message, ThrowingCallable call) {
        E error = assertError(type, code, call);
        assertThat(error.awsErrorDetails().errorMessage()).as("error message").isEqualTo(message);
        return error;
    }

    /** The call fails with this SDK exception class, error code and HTTP status 400, whatever the message. */
    static <E extends DynamoDbException> E assertError(Class<E> type, String code, ThrowingCallable call) {
        E error = catchThrowableOfType(type, call);
        assertThat(error).as("expected %s (%s)", type.getSimpleName(), code).isNotNull();
        assertThat(error.awsErrorDetails().errorCode()).as("error code").isEqualTo(code);
        assertThat(error.statusCode()).as("HTTP status").isEqualTo(400);
        return error;
    }

    /** The call is rejected as a ValidationException with exactly this message. */
    static DynamoDbException assertValidation(String message, ThrowingCallable call) {
        return assertError(DynamoDbException.class, VALIDATION, message, call);
    }

    /** The call is rejected as a ValidationException, whatever the message. */
    static DynamoDbException assertValidation(ThrowingCallable call) {
        return assertError(DynamoDbException.class, VALIDATION, call);
    }
}
