package dev.cairn.tck.runner.api;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The networked SDK client every HTTP target (Cairn's front end, DynamoDB Local) is reached with,
 * built the same way so differences come from the server only. Retries are off: a conformance
 * test judges each answer, and a retried 5xx or throttle would hide it (the embedded client does
 * not retry either).
 */
final class SdkClients {

    private SdkClients() {}

    static DynamoDbClient pointedAt(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("cairn", "cairn")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
