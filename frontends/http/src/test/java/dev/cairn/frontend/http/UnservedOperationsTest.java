package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Targets the engine does not serve: DescribeEndpoints, which the front end answers with the host
 * the client used; operations of DynamoDB's API that Cairn lacks, answered with DynamoDB's
 * UnknownOperationException type and a message naming the operation (DynamoDB Local's own shape:
 * "Tagging is not currently supported in DynamoDB Local."); and unknown ones.
 */
class UnservedOperationsTest extends ScriptedServer {


    @ParameterizedTest
    @ValueSource(strings = {"DynamoDB_20120810.UpdateTimeToLive", "DynamoDB_20120810.CreateBackup",
        "DynamoDB_20120810.ExecuteStatement", "DynamoDBStreams_20120810.ListStreams", "DynamoDBStreams_20120810.GetRecords"})
    void anOperationCairnLacksIsNamedInTheUnknownOperationMessage(String target) throws IOException {
        RawHttpConnection.Response response = exchange(target, "{}".getBytes(), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
                + "\"message\":\"" + target.substring(target.indexOf('.') + 1) + " is not supported by Cairn yet\"}");
    }

    @Test
    void describeEndpointsNamesTheHostTheClientUsed() throws IOException {
        RawHttpConnection.Response response = exchange("DynamoDB_20120810.DescribeEndpoints", "{}".getBytes(), Map.of());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("{\"Endpoints\":[{\"Address\":\"127.0.0.1\",\"CachePeriodInMinutes\":1440}]}");
    }

    @Test
    void describeEndpointsChecksItsBodyAsAnyOperationDoes() throws IOException {
        RawHttpConnection.Response response = exchange("DynamoDB_20120810.DescribeEndpoints", "[]".getBytes(), Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("SerializationException");
    }

    /** The list of DynamoDB's operations is the SDK's: every operation method of both clients is in it. */
    @Test
    void theListOfDynamoDbOperationsNamesEveryOperationOfTheSdk() {
        assertThat(KnownOperations.DYNAMODB).containsAll(operations(DynamoDbClient.class));
        assertThat(KnownOperations.STREAMS).containsExactlyInAnyOrderElementsOf(operations(DynamoDbStreamsClient.class));
    }

    private static Set<String> operations(Class<?> client) {
        return Arrays.stream(client.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1)
                .filter(m -> m.getParameterTypes()[0].getSimpleName().endsWith("Request")
                        && !m.getParameterTypes()[0].getSimpleName().equals("Request"))
                .map(Method::getName)
                .filter(name -> !name.endsWith("Paginator"))
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
