package dev.cairn.frontend.http;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.frontend.http.json.JsonWireCodec;
import dev.cairn.frontend.http.json.Operation;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Routes DynamoDB's JSON 1.0 protocol on one connection: {@code POST} with
 * {@code X-Amz-Target: DynamoDB_20120810.<Operation>} (any path, as DynamoDB ignores it), a health
 * answer for {@code GET /}, and DynamoDB's 404 for anything else.
 *
 * <p>The event loop never blocks. Reads (GetItem, BatchGetItem, Query) are first offered to
 * {@link dev.cairn.api.Engine#withoutBlocking}, which answers them on the event loop when their data
 * is in memory, and single-item writes (PutItem, UpdateItem, DeleteItem) to
 * {@link dev.cairn.api.Engine#writeWithoutBlocking}, which writes them there when nothing has to
 * wait; everything else, and calls that would wait, run on the worker pool and their responses
 * are written back on this channel's event loop. Operations other than those reads
 * let storage return before their writes are on disk ({@link dev.cairn.api.Engine#deferringDurability})
 * and are answered once a sync shared with other writers covers them, so a worker waits for no
 * disk and the answer still promises durability. Requests of one connection are
 * served one at a time, in order, so pipelined requests get their responses in order; once a
 * request waits behind another the connection stops reading until it is served, which pushes back
 * on a client that sends faster than it is served.
 * Authentication is not checked here: any Authorization header, or none, is accepted.
 */
final class DynamoDbHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String THROTTLED_MESSAGE = "Throughput exceeds the current capacity of your table or index. "
            + "DynamoDB is automatically scaling your table or index so please try again shortly.";

    /** Operations that only read, so may be tried on the event loop. */
    private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query");
    /** Single-item writes, which may be tried on the event loop too. */
    private static final Set<String> SINGLE_ITEM_WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem");

    private final JsonWireCodec codec;
    private final OperationCall call;
    private final Executor workers;
    private final boolean gzipResponses;
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean busy;

    DynamoDbHttpHandler(JsonWireCodec codec, OperationCall call, Executor workers, boolean gzipResponses) {
        super(false);
        this.codec = codec;
        this.call = call;
        this.workers = workers;
        this.gzipResponses = gzipResponses;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        waiting.add(request);
        if (!busy) {
            serveNext(ctx);
        } else {
            // A request arrived while another is served: read no more until the queue is drained.
            // Stopping only now, not whenever a request goes to a worker, spares a client that
            // waits for each answer two selector changes per request.
            setAutoRead(ctx, false);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        FullHttpRequest request;
        while ((request = waiting.poll()) != null) {
            request.release();
        }
        super.channelInactive(ctx);
    }

    private void serveNext(ChannelHandlerContext ctx) {
        FullHttpRequest request = waiting.poll();
        busy = request != null;
        if (request == null) {
            setAutoRead(ctx, true);
            return;
        }
        String requestId = RequestIds.next();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean gzip = gzipResponses && acceptsGzip(request);
        try {
            route(ctx, request, requestId, keepAlive, gzip);
        } finally {
            request.release();
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request, String requestId, boolean keepAlive,
            boolean gzip) {
        if (request.decoderResult().isFailure()) {
            respond(ctx, new WireResponse(HttpResponseStatus.BAD_REQUEST, "text/plain", new byte[0]), requestId,
                    false, false);
            return;
        }
        if (request.method().equals(HttpMethod.GET) && isRoot(request.uri())) {
            String host = Optional.ofNullable(request.headers().get(HttpHeaderNames.HOST)).orElse("localhost");
            respond(ctx, new WireResponse(HttpResponseStatus.OK, "text/plain",
                    ("healthy: " + host + " ").getBytes(StandardCharsets.UTF_8)), requestId, keepAlive, false);
            return;
        }
        if (!request.method().equals(HttpMethod.POST)) {
            respond(ctx, new WireResponse(HttpResponseStatus.NOT_FOUND, "application/xml",
                    "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8)), requestId, keepAlive, false);
            return;
        }
        byte[] body = ByteBufUtil.getBytes(request.content());
        Optional<Operation<?, ?>> operation = operation(request.headers().get("X-Amz-Target"));
        if (operation.isEmpty()) {
            respond(ctx, unknownOperation(body), requestId, keepAlive, gzip);
            return;
        }
        boolean read = READS.contains(operation.get().name());
        if (read) {
            Optional<WireResponse> answered = call.serveWithoutBlocking(operation.get(), body, requestId);
            if (answered.isPresent()) {
                respond(ctx, answered.get(), requestId, keepAlive, gzip);
                return;
            }
        } else if (SINGLE_ITEM_WRITES.contains(operation.get().name())
                && call.serveDurablyWithoutBlocking(operation.get(), body, requestId,
                        answerLater(ctx, requestId, keepAlive, gzip))) {
            return;
        }
        dispatch(ctx, operation.get(), body, read, requestId, keepAlive, gzip);
    }

    private Optional<Operation<?, ?>> operation(String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return Optional.empty();
        }
        return codec.operation(target.substring(TARGET_PREFIX.length()));
    }

    /** DynamoDB looks at the JSON before the target: a malformed body wins over an unknown operation. */
    private WireResponse unknownOperation(byte[] body) {
        try {
            codec.requireWellFormed(body);
            return call.error(ApiException.unknownOperation());
        } catch (ApiException malformed) {
            return call.error(malformed);
        }
    }

    /** Runs the operation on a worker; anything but a read is answered only once it is durable. */
    private void dispatch(ChannelHandlerContext ctx, Operation<?, ?> operation, byte[] body, boolean read,
            String requestId, boolean keepAlive, boolean gzip) {
        Consumer<WireResponse> answer = answerLater(ctx, requestId, keepAlive, gzip);
        try {
            workers.execute(read
                    ? () -> answer.accept(call.serve(operation, body, requestId))
                    : () -> call.serveDurably(operation, body, requestId, answer));
        } catch (RejectedExecutionException saturated) {
            respond(ctx, call.error(ApiException.of(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED, THROTTLED_MESSAGE)),
                    requestId, keepAlive, gzip);
        }
    }

    /** Answers from any thread, on this channel's event loop. */
    private Consumer<WireResponse> answerLater(ChannelHandlerContext ctx, String requestId, boolean keepAlive,
            boolean gzip) {
        return response -> ctx.executor().execute(() -> respond(ctx, response, requestId, keepAlive, gzip));
    }

    private void respond(ChannelHandlerContext ctx, WireResponse response, String requestId, boolean keepAlive,
            boolean gzip) {
        var future = ctx.writeAndFlush(response.toHttp(requestId, keepAlive, gzip));
        if (keepAlive) {
            serveNext(ctx);
        } else {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Changes the channel's reading only when it differs, as each change touches the selector. */
    private static void setAutoRead(ChannelHandlerContext ctx, boolean autoRead) {
        if (ctx.channel().config().isAutoRead() != autoRead) {
            ctx.channel().config().setAutoRead(autoRead);
        }
    }

    private static boolean acceptsGzip(FullHttpRequest request) {
        String accepted = request.headers().get(HttpHeaderNames.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains(HttpHeaderValues.GZIP);
    }

    private static boolean isRoot(String uri) {
        return uri.equals("/") || uri.startsWith("/?") || uri.isEmpty();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
