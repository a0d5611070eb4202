package dev.cairn.frontend.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Admission control by memory, one per connection, placed before the aggregator: each request
 * reserves its {@link RequestCost} from the shared {@link MemoryBudget} on its headers, before its
 * body is read, and gives it back once its response has been written (or the connection closes).
 * When the budget is short the connection stops reading and waits its turn, so the body stays in the
 * client's socket, not in the heap; a request still waiting after {@code maxWait} is answered
 * DynamoDB's retryable ThrottlingException ({@link AdmissionRefused}) and its body is discarded as
 * it arrives, never accumulated. The connection stays usable.
 *
 * <p>Every request this handler lets through gets exactly one final (non-1xx) response, from the
 * DynamoDB handler or from the aggregator (413, 417), in order: so the oldest reservation is the one
 * a response settles. All state is touched on the channel's event loop only.
 */
final class MemoryAdmission extends ChannelDuplexHandler implements ChannelFutureListener {

    /** How long a request waits for memory before it is refused: well inside an SDK's request timeout. */
    static final long MAX_WAIT_MILLIS = 5_000;
    /**
     * DynamoDB's ThrottlingException message ("Error handling with DynamoDB" in the DynamoDB
     * Developer Guide lists it; its type, com.amazon.coral.availability#ThrottlingException, is the
     * one dynalite's test helper retries on against DynamoDB: architect/dynalite test/helpers.js).
     */
    static final String THROTTLED_MESSAGE = "Rate of requests exceeds the allowed throughput.";

    private final MemoryBudget budget;
    private final int maxRequestBytes;
    private final long maxWaitNanos;
    /** Reservations of requests let in and not yet answered, oldest first. */
    private final LongQueue admitted = new LongQueue();
    /** Reservations of responses being written, oldest first: writes complete in order. */
    private final LongQueue writing = new LongQueue();
    /** What arrived behind a waiting request, replayed in order once it is settled. */
    private final ArrayDeque<Object> held = new ArrayDeque<>();

    private ChannelHandlerContext ctx;
    private HttpRequest waitingRequest;
    private MemoryBudget.Waiter waiter;
    private ScheduledFuture<?> deadline;
    private boolean discarding;
    /** The request whose body is streaming in with the largest reservation, to trim once it is read. */
    private HttpRequest streaming;
    private long streamedBytes;

    MemoryAdmission(MemoryBudget budget, int maxRequestBytes, long maxWaitMillis) {
        this.budget = budget;
        this.maxRequestBytes = maxRequestBytes;
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (waitingRequest != null) {
            held.add(msg);
            setAutoRead(false); // another handler may have turned reading back on meanwhile
            return;
        }
        admit(msg);
    }

    private void admit(Object msg) {
        if (msg instanceof HttpRequest request) {
            long cost = budget.bounded(RequestCost.of(request, maxRequestBytes));
            if (budget.tryReserve(cost)) {
                letIn(request, cost);
            } else {
                await(request, cost);
            }
            return;
        }
        if (discarding) {
            discarding = !(msg instanceof LastHttpContent);
            ReferenceCountUtil.release(msg);
            return;
        }
        if (streaming != null && msg instanceof HttpContent content) {
            streamedBytes += content.content().readableBytes();
            if (msg instanceof LastHttpContent) {
                trimStreamed();
            }
        }
        ctx.fireChannelRead(msg);
    }

    private void letIn(HttpRequest request, long cost) {
        admitted.add(cost);
        if (RequestCost.streamed(request) && !(request instanceof LastHttpContent)) {
            streaming = request;
            streamedBytes = 0;
        }
        ctx.fireChannelRead(request);
    }

    /** A chunked body has been read: keep only what a request of its size costs. */
    private void trimStreamed() {
        HttpRequest request = streaming;
        streaming = null;
        if (admitted.isEmpty()) {
            return; // answered already (413 once it grew past the limit): its reservation is back
        }
        long reserved = admitted.last();
        long cost = budget.bounded(RequestCost.ofStreamed(request, streamedBytes));
        if (cost < reserved) {
            admitted.replaceLast(cost);
            budget.release(reserved - cost);
        }
    }

    private void await(HttpRequest request, long cost) {
        setAutoRead(false);
        waitingRequest = request;
        MemoryBudget.Waiter[] self = new MemoryBudget.Waiter[1];
        deadline = ctx.executor().schedule(() -> timedOut(self[0]), maxWaitNanos, TimeUnit.NANOSECONDS);
        self[0] = budget.enqueue(cost, () -> ctx.executor().execute(() -> granted(self[0], cost)));
        waiter = self[0];
    }

    private void granted(MemoryBudget.Waiter granted, long cost) {
        if (granted != waiter) { // given up (timed out, closed) after the budget had granted it
            budget.release(cost);
            return;
        }
        deadline.cancel(false);
        HttpRequest request = settle();
        // Reading resumes before the request is passed on: no read happens within this task, and the
        // aggregator closes the connection after a 413 when it finds reading off.
        setAutoRead(true);
        letIn(request, cost);
        replay();
    }

    private void timedOut(MemoryBudget.Waiter expired) {
        if (expired != waiter || !budget.cancel(expired)) {
            return; // granted meanwhile: its grant is on its way to this loop
        }
        HttpRequest request = settle();
        discarding = !(request instanceof LastHttpContent);
        AdmissionRefused refused = new AdmissionRefused(request);
        ReferenceCountUtil.release(request);
        admitted.add(0);
        ctx.fireChannelRead(refused);
        replay();
    }

    private HttpRequest settle() {
        HttpRequest request = waitingRequest;
        waitingRequest = null;
        waiter = null;
        deadline = null;
        return request;
    }

    /** Passes on what was held, until a request has to wait again; then reads on. */
    private void replay() {
        while (waitingRequest == null && !held.isEmpty()) {
            admit(held.poll());
        }
        if (waitingRequest == null) {
            setAutoRead(true);
            ctx.read();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response && response.status().codeClass() != HttpStatusClass.INFORMATIONAL
                && !admitted.isEmpty()) {
            writing.add(admitted.poll());
            ctx.write(msg, promise.unvoid()).addListener(this);
            return;
        }
        ctx.write(msg, promise);
    }

    /** A response has been written (or failed to be): its request's bytes go back to the budget. */
    @Override
    public void operationComplete(ChannelFuture future) {
        if (!writing.isEmpty()) {
            budget.release(writing.poll());
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (waiter != null) {
            MemoryBudget.Waiter abandoned = waiter;
            waiter = null; // a grant already on its way now gives its bytes back
            deadline.cancel(false);
            budget.cancel(abandoned);
        }
        if (waitingRequest != null) {
            ReferenceCountUtil.release(waitingRequest);
            waitingRequest = null;
        }
        held.forEach(ReferenceCountUtil::release);
        held.clear();
        while (!admitted.isEmpty()) {
            budget.release(admitted.poll());
        }
        super.channelInactive(ctx);
    }

    private void setAutoRead(boolean autoRead) {
        if (ctx.channel().config().isAutoRead() != autoRead) {
            ctx.channel().config().setAutoRead(autoRead);
        }
    }
}
