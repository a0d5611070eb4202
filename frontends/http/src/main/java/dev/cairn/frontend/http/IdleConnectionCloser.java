package dev.cairn.frontend.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that has been idle for the configured time, as DynamoDB and DynamoDB Local
 * close theirs, so idle clients, clients that stop halfway through a request's head or body, and
 * pooled connections nobody returns to do not hold a socket and its buffers for ever.
 *
 * <p>Idle means the client owes the next move: nothing was decoded from it and nothing was written
 * to it for the whole period, and no request it sent in full is still waiting for its answer. A
 * request being served, queued for a worker or waiting behind another on the connection is never
 * cut however long it takes, nor is a connection whose reading the server paused (a later handler
 * turned auto-read off). A response still being written gets one more period, and is cut only if
 * the client read none of it in that period.
 *
 * <p>It sits right after the HTTP codec, so it sees requests and responses as HTTP messages: bytes
 * that do not complete a request head are not activity, which stops a client trickling a header
 * byte at a time from keeping a connection open for ever.
 */
final class IdleConnectionCloser extends IdleStateHandler {

    /** Requests whose head arrived and whose response was not yet written. */
    private int unanswered;
    /** Whether the last request's head arrived and its end did not yet. */
    private boolean receiving;

    IdleConnectionCloser(Duration timeout) {
        super(true, 0, 0, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest) {
            unanswered++;
            receiving = true;
        }
        if (msg instanceof LastHttpContent) {
            receiving = false;
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof LastHttpContent && unanswered > 0
                && !(msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL)) {
            unanswered--; // an interim "100 Continue" answers nothing
        }
        super.write(ctx, msg, promise);
    }

    @Override
    protected void channelIdle(ChannelHandlerContext ctx, IdleStateEvent event) {
        boolean owesAnAnswer = unanswered > (receiving ? 1 : 0);
        if (owesAnAnswer || !ctx.channel().config().isAutoRead() || event.isFirst() && writing(ctx)) {
            return;
        }
        ctx.close();
    }

    private static boolean writing(ChannelHandlerContext ctx) {
        ChannelOutboundBuffer pending = ctx.channel().unsafe().outboundBuffer();
        return pending != null && pending.totalPendingWriteBytes() > 0;
    }
}
