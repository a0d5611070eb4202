package dev.cairn.distribution.concurrency;

import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import dev.cairn.spi.storage.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A real {@link HttpFrontend} on 127.0.0.1, any free port, over {@code new CairnEngine(store)} for
 * one {@link TransactionRoute}, and AWS SDK v2 clients for it.
 *
 * <p>The clients do not retry: the tests retry what is safe to retry (a conflict or a throttle,
 * which DynamoDB guarantees changed nothing) themselves and count it, so an acknowledged write is
 * applied exactly once and a lost or doubled update cannot hide behind an SDK retry.
 */
final class HttpCairn implements AutoCloseable {

    private final TransactionRoute route;
    private final Path directory;
    private final CairnEngine engine;
    private final HttpFrontend http;

    private HttpCairn(TransactionRoute route, Path directory, CairnEngine engine, HttpFrontend http) {
        this.route = route;
        this.directory = directory;
        this.engine = engine;
        this.http = http;
    }

    static HttpCairn start(TransactionRoute route) {
        Path directory;
        try {
            directory = Files.createTempDirectory("cairn-concurrency-" + route.name().toLowerCase() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Store store = route.open(directory);
        if (store.features().multiPartitionTransactions() != route.nativeTransactions()) {
            store.close();
            throw new IllegalStateException(route + ": the store declares multiPartitionTransactions="
                    + store.features().multiPartitionTransactions());
        }
        CairnEngine engine = new CairnEngine(store);
        HttpFrontend http = HttpFrontend.start(engine, HttpConfig.defaults().withHost("127.0.0.1").withPort(0));
        return new HttpCairn(route, directory, engine, http);
    }

    TransactionRoute route() {
        return route;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.port());
    }

    /** A client of its own, thread-safe, without SDK retries. */
    DynamoDbClient client() {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @Override
    public void close() {
        try {
            http.close();
        } finally {
            engine.close();
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + directory + ": " + e);
        }
    }
}
