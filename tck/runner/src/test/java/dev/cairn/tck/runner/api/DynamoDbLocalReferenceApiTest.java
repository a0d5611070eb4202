package dev.cairn.tck.runner.api;

import dev.cairn.tck.api.ApiCapabilities;
import dev.cairn.tck.api.ApiConformanceSuite;
import dev.cairn.tck.api.ApiTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The reference run: the same API suite against DynamoDB Local 3.3.1, proving each expectation is
 * real DynamoDB behaviour. Tests tagged {@code dynamodb-local-differs} are aborted here with their
 * documented reason; every other test must pass, or the test (not Cairn) is wrong.
 */
class DynamoDbLocalReferenceApiTest extends ApiConformanceSuite {

    private static DynamoDbClient client;

    @BeforeAll
    static void connect() {
        client = SdkClients.pointedAt(SharedDynamoDbLocal.get().endpoint());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected ApiTarget target() {
        return new ApiTarget() {
            @Override
            public DynamoDbClient client() {
                return client;
            }

            @Override
            public ApiCapabilities capabilities() {
                return ApiCapabilities.dynamoDbLocal();
            }
        };
    }
}
