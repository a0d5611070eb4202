package dev.cairn.tck.api;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Temporary hand-run check of the API suites against a DynamoDB Local already listening on
 * 127.0.0.1:8001 (not run by surefire: the name ends in IT). The real reference run lives in
 * tck/runner and starts its own DynamoDB Local.
 */
class DynamoDbLocalSmokeIT extends ApiConformanceSuite {

    private static final ApiTarget TARGET = new ApiTarget() {
        private final DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(URI.create(System.getProperty("dynamodb.local", "http://127.0.0.1:8001")))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build();

        @Override
        public DynamoDbClient client() {
            return client;
        }

        @Override
        public ApiCapabilities capabilities() {
            return ApiCapabilities.dynamoDbLocal();
        }
    };

    @Override
    protected ApiTarget target() {
        return TARGET;
    }
}
