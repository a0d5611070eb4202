package dev.cairn.tck.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test whose expectation is DynamoDB's documented behaviour where DynamoDB Local, the
 * reference implementation, behaves otherwise. Tagged {@value #TAG} so runs can select or exclude
 * these tests; against DynamoDB Local the test is aborted with {@link #reason()}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DynamoDbLocalDiffers.TAG)
public @interface DynamoDbLocalDiffers {

    String TAG = "dynamodb-local-differs";

    /** What DynamoDB Local does instead, and where DynamoDB's behaviour is documented. */
    String reason();
}
