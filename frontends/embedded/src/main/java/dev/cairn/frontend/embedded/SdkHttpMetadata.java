package dev.cairn.frontend.embedded;

import java.util.Map;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.awscore.util.AwsHeader;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * The HTTP-level facts an SDK answer carries even though no HTTP happened: status, request id
 * header and response metadata. Code that checks {@code sdkHttpResponse().isSuccessful()} or logs
 * {@code responseMetadata().requestId()} works unchanged against the embedded client.
 */
final class SdkHttpMetadata {

    static final String REQUEST_ID_HEADER = "x-amzn-RequestId";
    static final String SERVICE_NAME = "DynamoDb";

    private SdkHttpMetadata() {}

    static SdkHttpResponse httpResponse(int status, String requestId) {
        return SdkHttpResponse.builder()
                .statusCode(status)
                .putHeader(REQUEST_ID_HEADER, requestId)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .build();
    }

    @SuppressWarnings("unchecked")
    static <R extends DynamoDbResponse> R stamp(R response, String requestId) {
        AwsResponse.Builder builder = response.toBuilder();
        builder.responseMetadata(DefaultAwsResponseMetadata.create(Map.of(AwsHeader.AWS_REQUEST_ID, requestId)));
        builder.sdkHttpResponse(httpResponse(200, requestId));
        return (R) builder.build();
    }
}
