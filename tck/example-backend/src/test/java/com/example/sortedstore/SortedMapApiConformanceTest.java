package com.example.sortedstore;

import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.embedded.EmbeddedDynamoDbClient;
import dev.cairn.tck.api.ApiCapabilities;
import dev.cairn.tck.api.ApiConformanceSuite;
import dev.cairn.tck.api.ApiTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB API, end to end over this backend: Cairn's engine on one {@link SortedMapStore},
 * called through the in-process SDK client, started once for the class. The capabilities say what
 * to expect; tests needing any other are aborted with the reason.
 */
class SortedMapApiConformanceTest extends ApiConformanceSuite {

    private static DynamoDbClient client;

    @BeforeAll
    static void startEngine() {
        client = EmbeddedDynamoDbClient.owning(new CairnEngine(new SortedMapStore()));
    }

    @AfterAll
    static void stopEngine() {
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
                return ApiCapabilities.core();
            }
        };
    }
}
