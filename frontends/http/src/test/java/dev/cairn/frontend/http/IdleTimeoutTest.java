package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.ListTablesResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server closes a connection idle for the configured time, as DynamoDB Local does after 30 s
 * (observed: an idle connection, one with half a request head, one after its answer, all closed at
 * 30.0 s), and never one whose request is still being served. Before, none was ever closed.
 */
class IdleTimeoutTest extends ConfiguredServer {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";

    private int start(Duration idleTimeout) {
        return start(HttpConfig.defaults().withConnections(new ConnectionPolicy(idleTimeout, List.of())));
    }

    @Test
    void theDefaultIdleTimeoutIsSixtySeconds() {
        assertThat(HttpConfig.defaults().connections().idleTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aConnectionThatNeverSendsIsClosed() throws IOException {
        int port = start(TIMEOUT);
        long idleSince = System.nanoTime();
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            assertClosedAfterAboutTheTimeout(connection, idleSince);
        }
    }

    @Test
    void aConnectionThatStopsHalfwayThroughARequestHeadIsClosed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(TIMEOUT))) {
            long idleSince = System.nanoTime();
            connection.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Tar");
            assertClosedAfterAboutTheTimeout(connection, idleSince);
        }
    }

    @Test
    void aConnectionThatStopsHalfwayThroughARequestBodyIsClosed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(TIMEOUT))) {
            connection.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: " + LIST_TABLES
                    + "\r\nContent-Length: 10\r\n\r\n{}");
            assertClosedAfterAboutTheTimeout(connection, System.nanoTime());
        }
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    @Test
    void aConnectionIdleAfterItsAnswerIsClosed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(start(TIMEOUT))) {
            connection.post(LIST_TABLES, "{}");
            RawHttpConnection.Response response = connection.read();
            long idleSince = System.nanoTime();
            assertThat(response.status()).isEqualTo(200);
            assertClosedAfterAboutTheTimeout(connection, idleSince);
        }
    }

    @Test
    void aConnectionInUseStaysOpenPastTheTimeout() throws IOException, InterruptedException {
        try (RawHttpConnection connection = new RawHttpConnection(start(TIMEOUT))) {
            for (int i = 0; i < 6; i++) {
                connection.post(LIST_TABLES, "{}");
                assertThat(connection.read().status()).isEqualTo(200);
                Thread.sleep(TIMEOUT.toMillis() / 4);
            }
        }
    }

    @Test
    void aRequestServedLongerThanTheTimeoutIsAnsweredOnTheSameConnection() throws IOException {
        CountDownLatch never = new CountDownLatch(1);
        engine.answerWith(request -> {
            await(never, TIMEOUT.multipliedBy(5));
            return new ListTablesResponse(List.of("slow"), null);
        });
        try (RawHttpConnection connection = new RawHttpConnection(start(TIMEOUT))) {
            connection.post(LIST_TABLES, "{}");
            RawHttpConnection.Response response = connection.read();
            long idleSince = System.nanoTime();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("slow");
            // and once it is answered, the connection is idle and is closed in its turn
            assertClosedAfterAboutTheTimeout(connection, idleSince);
        }
    }

    @Test
    void requestsWaitingBehindASlowOneOnTheConnectionAreNotCut() throws IOException {
        engine.answerWith(request -> {
            await(new CountDownLatch(1), TIMEOUT.multipliedBy(3));
            return new ListTablesResponse(List.of("slow"), null);
        });
        try (RawHttpConnection connection = new RawHttpConnection(start(TIMEOUT))) {
            connection.post(LIST_TABLES, "{}");
            connection.post(LIST_TABLES, "{}");
            assertThat(connection.read().text()).contains("slow");
            assertThat(connection.read().text()).contains("slow");
        }
    }

    @Test
    void aZeroTimeoutNeverCloses() throws IOException, InterruptedException {
        try (RawHttpConnection connection = new RawHttpConnection(start(Duration.ZERO))) {
            Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
            connection.post(LIST_TABLES, "{}");
            assertThat(connection.read().status()).isEqualTo(200);
        }
    }

    /** Closed by the server: not before the timeout counted from {@code idleSince}, and well within a few of them. */
    private static void assertClosedAfterAboutTheTimeout(RawHttpConnection connection, long idleSince)
            throws IOException {
        assertThat(connection.closedByServer()).isTrue(); // the socket's 10 s read timeout fails the test otherwise
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - idleSince);
        assertThat(millis).isBetween(TIMEOUT.toMillis() * 3 / 4, TIMEOUT.toMillis() * 8);
    }

    private static void await(CountDownLatch latch, Duration duration) {
        try {
            latch.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
