package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import io.netty.channel.epoll.Epoll;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Requests a client pipelined and then abandoned by resetting the connection are not executed once
 * the server knows the connection is gone: the one already running finishes, the ones behind it are
 * dropped. Before, the server learnt of the reset only when it wrote the first answer (NIO stops
 * reading while requests wait), and went on to serve the next waiting request regardless.
 */
class ClosedConnectionTest {

    @ParameterizedTest
    @EnumSource(NettyTransport.class)
    void pipelinedWritesBehindARunningOneAreDroppedWhenTheClientResets(NettyTransport transport) throws Exception {
        assumeTrue(transport != NettyTransport.EPOLL || Epoll.isAvailable(), "no native epoll here");
        List<String> executed = new CopyOnWriteArrayList<>();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedEngine engine = new ScriptedEngine().answerWith(request -> {
            executed.add(((dev.cairn.api.model.AttributeValue.S) ((PutItemRequest) request).item().get("pk")).value());
            entered.countDown();
            await(release);
            return new PutItemResponse(null, null, null);
        });
        try (HttpFrontend server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0), transport)) {
            RawHttpConnection connection = new RawHttpConnection(server.port());
            for (int i = 0; i < 3; i++) {
                connection.post("DynamoDB_20120810.PutItem", "{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"p" + i + "\"}}}");
            }
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            connection.reset();
            release.countDown();

            Thread.sleep(500); // time for a wrongly served second request to reach the engine
            assertThat(executed).containsExactly("p0");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
