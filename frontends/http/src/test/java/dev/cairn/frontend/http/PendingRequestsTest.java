package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.frontend.http.json.JsonWireCodec;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * Requests of a connection that closes before they start are not executed: one queued for a worker
 * is skipped when the worker reaches it, one decoded as the connection closes is released unserved. The
 * handler runs in an {@link EmbeddedChannel} with a worker "pool" that only queues, so the test
 * decides exactly when the queued task runs. Before, a queued task ran whatever became of its
 * connection.
 */
class PendingRequestsTest {

    private final ScriptedEngine engine = new ScriptedEngine().answer(new ListTablesResponse(List.of("t"), null));
    private final Queue<Runnable> workerQueue = new ArrayDeque<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(handler());

    private DynamoDbHttpHandler handler() {
        JsonWireCodec codec = new JsonWireCodec();
        return new DynamoDbHttpHandler(codec, new OperationCall(codec, engine), workerQueue::add, false,
                HttpConfig.DYNAMODB_MAX_REQUEST_BYTES, AllowedHosts.of(HttpConfig.LOOPBACK, List.of()), HttpConfig.LOOPBACK);
    }

    @Test
    void aRequestQueuedForAWorkerRunsWhileItsConnectionIsOpen() {
        channel.writeInbound(listTables());
        workerQueue.remove().run();
        channel.runPendingTasks();

        assertThat(engine.<ListTablesRequest>lastRequest()).isNotNull();
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"TableNames\":[\"t\"]}");
        response.release();
    }

    @Test
    void aRequestQueuedForAWorkerIsSkippedOnceItsConnectionClosed() {
        channel.writeInbound(listTables());
        assertThat(workerQueue).hasSize(1);

        channel.close();
        workerQueue.remove().run();
        channel.runPendingTasks();

        assertThat(engine.<Object>lastRequest()).isNull();
    }

    /** As the HTTP decoder does on a close: it decodes what it still holds before passing the close on. */
    @Test
    void aRequestDecodedAsTheConnectionClosesIsReleasedUnserved() {
        FullHttpRequest late = listTables();
        EmbeddedChannel closing = new EmbeddedChannel(new ChannelInboundHandlerAdapter() {
            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                ctx.fireChannelRead(late);
                ctx.fireChannelInactive();
            }
        }, handler());

        closing.close();

        assertThat(late.refCnt()).isZero();
        assertThat(workerQueue).isEmpty();
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    private static FullHttpRequest listTables() {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                Unpooled.copiedBuffer("{}", StandardCharsets.UTF_8));
        request.headers().set("Host", "localhost").set("X-Amz-Target", "DynamoDB_20120810.ListTables");
        return request;
    }
}
