package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The admission handler on an embedded channel, in front of the aggregator as in the server: what
 * reaches the aggregated-request end of the pipeline, and what the shared budget holds.
 */
class MemoryAdmissionTest {

    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final long WAIT_MILLIS = 30;

    private final MemoryBudget budget = new MemoryBudget(100 * 1024 * 1024);

    private EmbeddedChannel connection() {
        return connection(WAIT_MILLIS);
    }

    private EmbeddedChannel connection(long waitMillis) {
        return new EmbeddedChannel(new MemoryAdmission(budget, MAX_BODY, waitMillis), new HttpObjectAggregator(MAX_BODY));
    }

    private static HttpRequest putItemHeaders(int bodyBytes) {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        request.headers().set("X-Amz-Target", "DynamoDB_20120810.PutItem").setInt(HttpHeaderNames.CONTENT_LENGTH, bodyBytes);
        return request;
    }

    private static HttpContent last(int bytes) {
        return new DefaultLastHttpContent(Unpooled.wrappedBuffer(new byte[bytes]));
    }

    private static long costOf(HttpRequest request) {
        return RequestCost.of(request, MAX_BODY);
    }

    private static void answer(EmbeddedChannel channel) {
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        ReferenceCountUtil.release(channel.readOutbound());
    }

    @Test
    void aRequestReservesItsCostOnItsHeadersAndGivesItBackOnceItsResponseIsWritten() {
        EmbeddedChannel channel = connection();
        HttpRequest request = putItemHeaders(1000);

        channel.writeInbound(request);
        assertThat(budget.available()).isEqualTo(budget.total() - costOf(request));
        channel.writeInbound(last(1000));
        FullHttpRequest aggregated = channel.readInbound();
        assertThat(aggregated.content().readableBytes()).isEqualTo(1000);
        aggregated.release();
        answer(channel);

        assertThat(budget.available()).isEqualTo(budget.total());
        assertThat(costOf(request)).isEqualTo(1000L * RequestCost.REQUEST_FACTOR + RequestCost.ITEM_RESPONSE);
    }

    @Test
    void closingTheConnectionGivesBackTheReservationsOfUnansweredRequests() {
        EmbeddedChannel channel = connection();
        channel.writeInbound(putItemHeaders(5000));
        assertThat(budget.available()).isLessThan(budget.total());

        channel.close();

        assertThat(budget.available()).isEqualTo(budget.total());
    }

    @Test
    void aResponseThatFailsToBeWrittenStillGivesItsReservationBack() {
        EmbeddedChannel channel = connection();
        channel.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
            @Override
            public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
                ReferenceCountUtil.release(msg);
                promise.setFailure(new IOException("connection reset"));
            }
        });
        channel.writeInbound(putItemHeaders(10), last(10));
        ReferenceCountUtil.release(channel.readInbound());

        channel.write(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        channel.flush();

        assertThat(budget.available()).isEqualTo(budget.total());
    }

    @Test
    void aRequestThatDoesNotFitWaitsUnreadAndIsLetInWhenMemoryIsReleased() {
        assertThat(budget.tryReserve(budget.total())).isTrue();
        EmbeddedChannel channel = connection(60_000);
        HttpRequest request = putItemHeaders(100);

        channel.writeInbound(request);
        channel.writeInbound(last(100));
        assertThat((Object) channel.readInbound()).as("held back").isNull();
        assertThat(channel.config().isAutoRead()).isFalse();
        budget.release(budget.total());
        channel.runPendingTasks();

        FullHttpRequest admitted = channel.readInbound();
        assertThat(admitted.content().readableBytes()).isEqualTo(100);
        admitted.release();
        assertThat(channel.config().isAutoRead()).isTrue();
        assertThat(budget.available()).isEqualTo(budget.total() - costOf(request));
    }

    @Test
    void aRequestOverTheLimitThatHadToWaitIsAnswered413AndTheConnectionStaysOpen() {
        assertThat(budget.tryReserve(budget.total())).isTrue();
        EmbeddedChannel channel = connection(60_000);
        channel.writeInbound(putItemHeaders(MAX_BODY + 1));
        budget.release(budget.total());
        channel.runPendingTasks();

        io.netty.handler.codec.http.FullHttpResponse refused = channel.readOutbound();
        assertThat(refused.status()).isEqualTo(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE);
        refused.release();
        assertThat(channel.isOpen()).as("the aggregator closes after a 413 when reading is off").isTrue();
        assertThat(budget.available()).isEqualTo(budget.total());
    }

    @Test
    void waitingConnectionsAreWokenInTheOrderTheyStartedWaiting() {
        assertThat(budget.tryReserve(budget.total())).isTrue();
        EmbeddedChannel first = connection(60_000);
        EmbeddedChannel second = connection(60_000);
        HttpRequest big = putItemHeaders(MAX_BODY); // needs most of the budget
        first.writeInbound(big);
        second.writeInbound(putItemHeaders(9 * 1024 * 1024)); // fits alone, not beside the first

        budget.release(budget.total());
        first.runPendingTasks();
        second.runPendingTasks();
        first.writeInbound(last(MAX_BODY));

        ReferenceCountUtil.release(first.readInbound());
        assertThat(budget.available()).as("the second still waits: the first takes more than half")
                .isEqualTo(budget.total() - budget.bounded(costOf(big)));
        assertThat((Object) second.readInbound()).isNull();
        answer(first);
        second.runPendingTasks();
        second.writeInbound(last(9 * 1024 * 1024));
        FullHttpRequest admitted = second.readInbound();
        assertThat(admitted.content().readableBytes()).isEqualTo(9 * 1024 * 1024);
        admitted.release();
        assertThat(second.config().isAutoRead()).isTrue();
    }

    @Test
    void aRequestThatWaitsTooLongIsRefusedAndItsBodyDiscardedAndTheConnectionServesTheNext() throws Exception {
        assertThat(budget.tryReserve(budget.total())).isTrue();
        EmbeddedChannel channel = connection();
        ByteBuf body = Unpooled.wrappedBuffer(new byte[64]);
        channel.writeInbound(putItemHeaders(128), new DefaultHttpContent(body));

        Thread.sleep(WAIT_MILLIS * 3);
        channel.runScheduledPendingTasks();
        FullHttpRequest refused = channel.readInbound();
        assertThat(refused).isInstanceOf(AdmissionRefused.class);
        assertThat(refused.content().readableBytes()).isZero();
        assertThat(body.refCnt()).as("the body read so far is dropped").isZero();
        ByteBuf rest = Unpooled.wrappedBuffer(new byte[64]);
        channel.writeInbound(new DefaultLastHttpContent(rest));
        assertThat(rest.refCnt()).as("the rest is dropped as it arrives").isZero();
        assertThat((Object) channel.readInbound()).isNull();
        answer(channel);

        budget.release(budget.total());
        channel.writeInbound(putItemHeaders(3), last(3));
        FullHttpRequest next = channel.readInbound();
        assertThat(next).isNotInstanceOf(AdmissionRefused.class);
        assertThat(next.content().readableBytes()).isEqualTo(3);
        next.release();
    }

    @Test
    void aChunkedBodyReservesTheLargestCostAndGivesBackWhatItDidNotUseOnceRead() {
        EmbeddedChannel channel = connection();
        HttpRequest chunked = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        chunked.headers().set("X-Amz-Target", "DynamoDB_20120810.PutItem").set(HttpHeaderNames.TRANSFER_ENCODING, "chunked");

        long largest = budget.bounded(costOf(chunked)); // before the aggregator drops the chunked header
        channel.writeInbound(chunked);
        assertThat(budget.available()).isEqualTo(budget.total() - largest);
        channel.writeInbound(new DefaultHttpContent(Unpooled.wrappedBuffer(new byte[300])), last(700));

        assertThat(budget.available()).isEqualTo(budget.total() - RequestCost.ofStreamed(chunked, 1000));
        ReferenceCountUtil.release(channel.readInbound());
    }
}
