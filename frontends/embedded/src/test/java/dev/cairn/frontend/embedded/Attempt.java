package dev.cairn.frontend.embedded;

import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * A call that the engine may decline as a feature it does not have yet. The test first checks
 * what reached the engine, then takes the answer with {@link #orAbort()}: a missing capability
 * aborts the rest of the test with the engine's reason instead of passing it silently.
 */
record Attempt<T>(T value, DynamoDbException declined) {

    private static final String NOT_SUPPORTED = "not supported";

    static <T> Attempt<T> of(Supplier<T> call) {
        try {
            return new Attempt<>(call.get(), null);
        } catch (DynamoDbException e) {
            if (e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                    && e.awsErrorDetails().errorMessage().contains(NOT_SUPPORTED)) {
                return new Attempt<>(null, e);
            }
            throw e;
        }
    }

    T orAbort() {
        if (declined != null) {
            Assumptions.abort("The engine lacks this capability: " + declined.awsErrorDetails().errorMessage());
        }
        return value;
    }
}
