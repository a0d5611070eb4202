package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.StoreConfig;
import io.netty.channel.epoll.Epoll;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** The front end over each Netty transport, with a real AWS SDK v2 client and a real engine. */
class NettyTransportTest {

    @Test
    void epollIsChosenOnLinuxX86() {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"));
        assertThat(NettyTransport.best()).isEqualTo(NettyTransport.EPOLL);
    }

    @ParameterizedTest
    @EnumSource(NettyTransport.class)
    void eachTransportServesWritesAndReads(NettyTransport transport) {
        assumeTrue(transport != NettyTransport.EPOLL || Epoll.isAvailable(), "no native epoll here");
        try (CairnEngine engine = new CairnEngine(new MemoryStore(new StoreConfig(null, Map.of())));
                HttpFrontend server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0), transport);
                DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                        .region(Region.US_EAST_1)
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                        .build()) {
            client.createTable(b -> b.tableName("transport")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType("S").build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("HASH").build())
                    .billingMode("PAY_PER_REQUEST"));
            Map<String, AttributeValue> item =
                    Map.of("pk", AttributeValue.fromS("a"), "v", AttributeValue.fromS("x".repeat(4096)));
            client.putItem(b -> b.tableName("transport").item(item));

            assertThat(client.getItem(b -> b.tableName("transport").key(Map.of("pk", AttributeValue.fromS("a"))))
                    .item()).isEqualTo(item);
        }
    }
}
