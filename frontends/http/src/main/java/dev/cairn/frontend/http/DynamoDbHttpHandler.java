package dev.cairn.frontend.http;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.frontend.http.json.JsonWireCodec;
import dev.cairn.frontend.http.json.Operation;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes DynamoDB's JSON 1.0 protocol on one connection: {@code POST} with
 * {@code X-Amz-Target: DynamoDB_20120810.<Operation>} (any path, as DynamoDB ignores it), a health
 * answer for {@code GET /}, CORS preflights ({@code OPTIONS} with an {@code Origin}), and
 * DynamoDB's 404 for anything else. A gzip or deflate body is inflated first
 * ({@link RequestDecoding}); the answer is compressed when the client asks and it is large enough
 * ({@link ResponseEncoding}), and carries CORS headers for cross-origin requests ({@link Cors}).
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
 *
 * <p>A client that shuts down its sending side (a FIN) after its requests still gets every answer;
 * the connection closes after the last. Once the connection is closed or reset, requests not yet
 * started are dropped, on the event loop and on a worker alike; the one running finishes. A request
 * whose Host header names a host this server does not go by ({@link AllowedHosts}) is refused
 * before it is routed, against DNS rebinding. Authentication is not checked here: any
 * Authorization header, or none, is accepted.
 */
final class DynamoDbHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbHttpHandler.class);

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String STREAMS_TARGET_PREFIX = "DynamoDBStreams_20120810.";
    private static final String THROTTLED_MESSAGE = "Throughput exceeds the current capacity of your table or index. "
            + "DynamoDB is automatically scaling your table or index so please try again shortly.";

    /** Why a request naming a host this server does not go by is refused ({@link AllowedHosts}). */
    static final String HOST_REFUSED_MESSAGE = "The Host header names a host this server does not answer for: it answers "
            + "loopback names and addresses, its bound host, and hosts allowed with --allowed-host";

    /** Operations that only read, so may be tried on the event loop. */
    private static final Set<String> READS = Set.of("GetItem", "BatchGetItem", "Query");
    /** Single-item writes, which may be tried on the event loop too. */
    private static final Set<String> SINGLE_ITEM_WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem");

    private final JsonWireCodec codec;
    private final OperationCall call;
    private final Executor workers;
    private final boolean compressResponses;
    private final int maxRequestBytes;
    private final AllowedHosts allowedHosts;
    /** The host the server was configured with, which {@code GET /} names. */
    private final String serverHost;
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean busy;
    /** The client sent a FIN: serve what was received, then close. */
    private boolean inputShutdown;
    /** The last Host header allowed on this connection, which its next requests almost always repeat. */
    private String allowedHost;

    DynamoDbHttpHandler(JsonWireCodec codec, OperationCall call, Executor workers, boolean compressResponses,
            int maxRequestBytes, AllowedHosts allowedHosts, String serverHost) {
        super(false);
        this.codec = codec;
        this.call = call;
        this.workers = workers;
        this.compressResponses = compressResponses;
        this.maxRequestBytes = maxRequestBytes;
        this.allowedHosts = allowedHosts;
        this.serverHost = serverHost;
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
        dropWaiting();
        super.channelInactive(ctx);
    }

    private void dropWaiting() {
        FullHttpRequest request;
        while ((request = waiting.poll()) != null) {
            request.release();
        }
    }

    /** Needs {@code ChannelOption.ALLOW_HALF_CLOSURE}: without it Netty closes the channel on a FIN instead. */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof ChannelInputShutdownEvent) {
            inputShutdown = true;
            if (!busy) {
                closeOnceWritten(ctx);
            }
        }
        super.userEventTriggered(ctx, event);
    }

    private void serveNext(ChannelHandlerContext ctx) {
        if (!ctx.channel().isActive()) { // closed, perhaps by the failed write of the last answer: start nothing
            busy = false;
            dropWaiting();
            return;
        }
        FullHttpRequest request = waiting.poll();
        busy = request != null;
        if (request == null) {
            if (inputShutdown) {
                closeOnceWritten(ctx);
            } else {
                setAutoRead(ctx, true);
            }
            return;
        }
        String requestId = RequestIds.next();
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        boolean preflight = request.method().equals(HttpMethod.OPTIONS);
        Answer answer = new Answer(requestId, keepAlive, compressResponses
                ? ResponseEncoding.negotiate(request.headers().get(HttpHeaderNames.ACCEPT_ENCODING))
                : ResponseEncoding.NONE, Cors.of(request, preflight));
        try {
            route(ctx, request, answer);
        } finally {
            request.release();
        }
    }

    /** How every response to one request is sent. */
    private record Answer(String requestId, boolean keepAlive, ResponseEncoding encoding, Cors.Headers cors) {
        Answer closing() {
            return new Answer(requestId, false, ResponseEncoding.NONE, cors);
        }

        Answer uncompressed() {
            return new Answer(requestId, keepAlive, ResponseEncoding.NONE, cors);
        }
    }

    private void route(ChannelHandlerContext ctx, FullHttpRequest request, Answer answer) {
        if (request.decoderResult().isFailure()) {
            respond(ctx, new WireResponse(HttpResponseStatus.BAD_REQUEST, "text/plain", new byte[0]), answer.closing());
            return;
        }
        if (!hostAllowed(request)) {
            respond(ctx, call.error(ApiException.of(ErrorCode.ACCESS_DENIED, HOST_REFUSED_MESSAGE)), answer);
            return;
        }
        if (request instanceof AdmissionRefused) {
            respond(ctx, call.error(ApiException.of(ErrorCode.THROTTLING, MemoryAdmission.THROTTLED_MESSAGE)), answer);
            return;
        }
        if (answer.cors() != null && answer.cors().preflight()) {
            respond(ctx, new WireResponse(HttpResponseStatus.OK, "text/plain", new byte[0]), answer.uncompressed());
            return;
        }
        if (request.method().equals(HttpMethod.GET) && isRoot(request.uri())) {
            respond(ctx, new WireResponse(HttpResponseStatus.OK, "text/plain",
                    healthText(ctx).getBytes(StandardCharsets.UTF_8)), answer.uncompressed());
            return;
        }
        if (!request.method().equals(HttpMethod.POST)) {
            respond(ctx, new WireResponse(HttpResponseStatus.NOT_FOUND, "application/xml",
                    "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8)), answer.uncompressed());
            return;
        }
        byte[] body;
        try {
            body = RequestDecoding.decode(request.headers().get(HttpHeaderNames.CONTENT_ENCODING),
                    ByteBufUtil.getBytes(request.content()), maxRequestBytes);
        } catch (RequestDecoding.Refused refused) {
            respond(ctx, refused.failure == RequestDecoding.Failure.TOO_LARGE
                    ? new WireResponse(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", new byte[0])
                    : call.error(ApiException.internal(OperationCall.INTERNAL_ERROR_MESSAGE)), answer);
            return;
        }
        String target = request.headers().get("X-Amz-Target");
        Optional<Operation<?, ?>> operation = operation(target);
        if (operation.isEmpty()) {
            respond(ctx, unserved(ctx, request, target, body), answer);
            return;
        }
        boolean read = READS.contains(operation.get().name());
        if (read) {
            Optional<WireResponse> answered = call.serveWithoutBlocking(operation.get(), body, answer.requestId());
            if (answered.isPresent()) {
                respond(ctx, answered.get(), answer);
                return;
            }
        } else if (SINGLE_ITEM_WRITES.contains(operation.get().name())
                && call.serveDurablyWithoutBlocking(operation.get(), body, answer.requestId(),
                        answerLater(ctx, answer))) {
            return;
        }
        dispatch(ctx, operation.get(), body, read, answer);
    }

    private Optional<Operation<?, ?>> operation(String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return Optional.empty();
        }
        return codec.operation(target.substring(TARGET_PREFIX.length()));
    }

    /**
     * A target the engine does not serve: DescribeEndpoints (answered here, with the address the
     * client used), an operation of DynamoDB's API that Cairn lacks (named in the message), or an
     * unknown one. DynamoDB looks at the JSON before the target: a malformed body wins.
     */
    private WireResponse unserved(ChannelHandlerContext ctx, FullHttpRequest request, String target, byte[] body) {
        try {
            if ((TARGET_PREFIX + "DescribeEndpoints").equals(target)) {
                return new WireResponse(HttpResponseStatus.OK, WireResponse.AMZ_JSON,
                        codec.describeEndpoints(body, host(ctx, request)));
            }
            codec.requireWellFormed(body);
            String name = target == null ? "" : target.substring(target.indexOf('.') + 1);
            boolean known = target != null && (target.startsWith(TARGET_PREFIX) && KnownOperations.DYNAMODB.contains(name)
                    || target.startsWith(STREAMS_TARGET_PREFIX) && KnownOperations.STREAMS.contains(name));
            return call.error(known ? ApiException.notSupported(name) : ApiException.unknownOperation());
        } catch (ApiException malformed) {
            return call.error(malformed);
        }
    }

    /**
     * Whether the request's Host is one this server goes by. HTTP/1.0 may omit it (no browser does,
     * so a rebinding page cannot); HTTP/1.1 must send it (RFC 9112 section 3.2).
     */
    private boolean hostAllowed(FullHttpRequest request) {
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (host == null) {
            return !request.protocolVersion().equals(HttpVersion.HTTP_1_1);
        }
        boolean allowed = host.equals(allowedHost) || allowedHosts.allows(host);
        allowedHost = allowed ? host : allowedHost;
        return allowed;
    }

    /**
     * DynamoDB's health answer names the endpoint itself ("healthy: dynamodb.us-east-1.amazonaws.com ",
     * dynalite test/connection.js, recorded from DynamoDB), never the Host it was sent: this names the
     * configured host and the port of this connection.
     */
    private String healthText(ChannelHandlerContext ctx) {
        int port = ((java.net.InetSocketAddress) ctx.channel().localAddress()).getPort();
        String host = serverHost.indexOf(':') >= 0 && !serverHost.startsWith("[") ? "[" + serverHost + "]" : serverHost;
        return "healthy: " + host + ":" + port + " ";
    }

    /**
     * The Host the client used, else the address it reached (DynamoDB's DescribeEndpoints names its
     * host). Only an allowed host gets this far, and it is the address the client can reach, which
     * the configured one (0.0.0.0, say) may not be.
     */
    private static String host(ChannelHandlerContext ctx, FullHttpRequest request) {
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (host != null && !host.isBlank()) {
            return host;
        }
        java.net.InetSocketAddress local = (java.net.InetSocketAddress) ctx.channel().localAddress();
        String address = local.getAddress().getHostAddress();
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + local.getPort();
    }

    /** Runs the operation on a worker; anything but a read is answered only once it is durable. */
    private void dispatch(ChannelHandlerContext ctx, Operation<?, ?> operation, byte[] body, boolean read,
            Answer answer) {
        Consumer<WireResponse> later = answerLater(ctx, answer);
        String requestId = answer.requestId();
        try { // a request still queued for a worker when its client goes is dropped
            Runnable task = read
                    ? () -> later.accept(call.serve(operation, body, requestId))
                    : () -> call.serveDurably(operation, body, requestId, later);
            workers.execute(call.guarded(operation, requestId, () -> {
                if (ctx.channel().isActive()) {
                    task.run();
                }
            }, later));
        } catch (RejectedExecutionException saturated) {
            respond(ctx, call.error(ApiException.of(ErrorCode.PROVISIONED_THROUGHPUT_EXCEEDED, THROTTLED_MESSAGE)),
                    answer);
        }
    }

    /** Answers from any thread, on this channel's event loop. */
    private Consumer<WireResponse> answerLater(ChannelHandlerContext ctx, Answer answer) {
        return response -> ctx.executor().execute(() -> respond(ctx, response, answer));
    }

    private void respond(ChannelHandlerContext ctx, WireResponse response, Answer answer) {
        boolean keepAlive = answer.keepAlive();
        var future = ctx.writeAndFlush(response.toHttp(answer.requestId(), keepAlive, answer.encoding(), answer.cors()));
        if (keepAlive) {
            serveNext(ctx);
        } else {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Closes once everything written so far is sent: an empty write completes after those before it. */
    private static void closeOnceWritten(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    /** Changes the channel's reading only when it differs, as each change touches the selector. */
    private static void setAutoRead(ChannelHandlerContext ctx, boolean autoRead) {
        if (ctx.channel().config().isAutoRead() != autoRead) {
            ctx.channel().config().setAutoRead(autoRead);
        }
    }

    private static boolean isRoot(String uri) {
        return uri.equals("/") || uri.startsWith("/?") || uri.isEmpty();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof java.io.IOException) {
            LOG.debug("Connection {} failed", ctx.channel().remoteAddress(), cause); // a client gone: routine
        } else {
            LOG.error("Closing connection {} after an unexpected failure", ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }
}
