package dev.cairn.frontend.http;

import dev.cairn.api.Engine;
import dev.cairn.frontend.http.json.JsonWireCodec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ResourceLeakDetector;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves an {@link Engine} over DynamoDB's HTTP JSON 1.0 protocol, so AWS SDKs, the AWS CLI and
 * boto3 talk to Cairn as they talk to DynamoDB.
 *
 * <p>Netty, with native epoll where it is available and NIO elsewhere ({@link NettyTransport});
 * HTTP/1.1 keep-alive; gzip request bodies are inflated before the 16 MB limit is applied. Reads and
 * single-item writes are tried on the event loop in a mode where storage refuses rather than waits;
 * everything else, and whatever was refused, runs on a bounded worker pool. The front end does not
 * own the engine: {@link #close()} stops the server only.
 */
public final class HttpFrontend implements AutoCloseable {

    private final EventLoopGroup acceptors;
    private final EventLoopGroup eventLoops;
    private final ThreadPoolExecutor workers;
    private final Channel serverChannel;

    private HttpFrontend(EventLoopGroup acceptors, EventLoopGroup eventLoops, ThreadPoolExecutor workers,
            Channel serverChannel) {
        this.acceptors = acceptors;
        this.eventLoops = eventLoops;
        this.workers = workers;
        this.serverChannel = serverChannel;
    }

    /** Binds and starts serving; returns once the port is open. */
    public static HttpFrontend start(Engine engine, HttpConfig config) {
        return start(engine, config, NettyTransport.best());
    }

    static HttpFrontend start(Engine engine, HttpConfig config, NettyTransport transport) {
        ThreadPoolExecutor workers = new ThreadPoolExecutor(config.workerThreads(), config.workerThreads(),
                60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(config.workerQueueCapacity()),
                daemonThreads("cairn-http-worker-"), new ThreadPoolExecutor.AbortPolicy());
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
        EventLoopGroup eventLoops = new MultiThreadIoEventLoopGroup(config.eventLoopThreads(),
                transport.ioHandlerFactory());
        JsonWireCodec codec = new JsonWireCodec();
        OperationCall call = new OperationCall(codec, engine);
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptors, eventLoops)
                    .channel(transport.serverChannel())
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast(new HttpServerCodec())
                                    .addLast(new HttpContentDecompressor(0))
                                    .addLast(new HttpObjectAggregator(config.maxRequestBytes()))
                                    .addLast(new DynamoDbHttpHandler(codec, call, workers, config.gzipResponses()));
                        }
                    })
                    .bind(config.host(), config.port())
                    .sync()
                    .channel();
            return new HttpFrontend(acceptors, eventLoops, workers, channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(acceptors, eventLoops, workers);
            throw new IllegalStateException("interrupted while binding " + config.host() + ":" + config.port(), e);
        } catch (RuntimeException e) {
            shutdown(acceptors, eventLoops, workers);
            throw e;
        }
    }

    /**
     * Turns Netty's buffer-leak detection off unless {@code -Dio.netty.leakDetection.level} asks for
     * a level. By default Netty tracks one buffer in 128 and records a stack trace for it, which
     * took 2-3% of the CPU of a GetItem under the load benchmark. For servers; tests keep it on,
     * where a leak would show.
     */
    public static void disableLeakDetectionUnlessAsked() {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    /** The bound port; the chosen one when the configuration asked for port 0. */
    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /** Stops accepting, lets requests in flight finish, then stops the event loops and workers. */
    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        shutdown(acceptors, eventLoops, workers);
    }

    private static void shutdown(EventLoopGroup acceptors, EventLoopGroup eventLoops, ThreadPoolExecutor workers) {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        eventLoops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
