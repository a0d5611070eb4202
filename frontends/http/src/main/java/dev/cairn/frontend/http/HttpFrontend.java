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
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.ResourceLeakDetector;
import java.net.InetSocketAddress;
import java.util.List;
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
 * HTTP/1.1 keep-alive; gzip and deflate request bodies are inflated, the 16 MB limit applying to
 * what they inflate to; the default host binds both loopback addresses. Idle connections are closed
 * ({@link IdleConnectionCloser}); a half-closed client still gets its answers; a Host header the
 * server does not go by is refused ({@link AllowedHosts}). Reads and
 * single-item writes are tried on the event loop in a mode where storage refuses rather than waits;
 * everything else, and whatever was refused, runs on a bounded worker pool. The front end does not
 * own the engine: {@link #close()} stops the server only.
 */
public final class HttpFrontend implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HttpFrontend.class);

    private final EventLoopGroup acceptors;
    private final EventLoopGroup eventLoops;
    private final ThreadPoolExecutor workers;
    private final List<Channel> serverChannels;

    private HttpFrontend(EventLoopGroup acceptors, EventLoopGroup eventLoops, ThreadPoolExecutor workers,
            List<Channel> serverChannels) {
        this.acceptors = acceptors;
        this.eventLoops = eventLoops;
        this.workers = workers;
        this.serverChannels = serverChannels;
    }

    /** Binds and starts serving; returns once the port is open. */
    public static HttpFrontend start(Engine engine, HttpConfig config) {
        return start(engine, config, NettyTransport.best());
    }

    static HttpFrontend start(Engine engine, HttpConfig config, NettyTransport transport) {
        AllowedHosts allowedHosts = AllowedHosts.of(config.host(), config.connections().allowedHosts());
        java.time.Duration idleTimeout = config.connections().idleTimeout();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(config.workerThreads(), config.workerThreads(),
                60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(config.workerQueueCapacity()),
                daemonThreads("cairn-http-worker-"), new ThreadPoolExecutor.AbortPolicy());
        EventLoopGroup acceptors = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
        EventLoopGroup eventLoops = new MultiThreadIoEventLoopGroup(config.eventLoopThreads(),
                transport.ioHandlerFactory());
        JsonWireCodec codec = new JsonWireCodec();
        OperationCall call = new OperationCall(codec, engine);
        MemoryBudget memory = new MemoryBudget(config.memoryBudget());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(acceptors, eventLoops)
                    .channel(transport.serverChannel())
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    // A client's FIN only ends what it sends: its requests are still answered (DynamoDbHttpHandler).
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec());
                            if (!idleTimeout.isZero()) { // right after the codec: it counts HTTP messages
                                ch.pipeline().addLast(new IdleConnectionCloser(idleTimeout));
                            }
                            ch.pipeline()
                                    .addLast(new MemoryAdmission(memory, config.maxRequestBytes(), MemoryAdmission.MAX_WAIT_MILLIS))
                                    .addLast(new HttpObjectAggregator(config.maxRequestBytes()))
                                    .addLast(new DynamoDbHttpHandler(codec, call, workers, config.compressResponses(),
                                            config.maxRequestBytes(), allowedHosts, config.host()));
                        }
                    });
            return new HttpFrontend(acceptors, eventLoops, workers, bind(bootstrap, config));
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
     * Binds the configured host; the default host binds 127.0.0.1 and then [::1] on the same port
     * (the one chosen for the first, when asked for any). A machine without IPv6 loopback serves on
     * 127.0.0.1 alone.
     */
    private static List<Channel> bind(ServerBootstrap bootstrap, HttpConfig config) throws InterruptedException {
        if (!HttpConfig.LOOPBACK.equals(config.host())) {
            return List.of(bootstrap.bind(config.host(), config.port()).sync().channel());
        }
        for (int attempt = 1; ; attempt++) {
            Channel v4 = bootstrap.bind("127.0.0.1", config.port()).sync().channel();
            int port = ((InetSocketAddress) v4.localAddress()).getPort();
            try {
                return List.of(v4, bootstrap.bind("::1", port).sync().channel());
            } catch (RuntimeException notBound) { // Netty rethrows the BindException unchecked
                if (config.port() != 0 || attempt == 5 || !hasIpv6Loopback()) {
                    LOG.warn("Listening on 127.0.0.1:{} only: [::1]:{} cannot be bound ({})", port, port,
                            notBound.getMessage());
                    return List.of(v4);
                }
                v4.close().syncUninterruptibly(); // the port chosen for 127.0.0.1 was taken on ::1: choose again
            }
        }
    }

    private static boolean hasIpv6Loopback() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("::1"))) {
            return true;
        } catch (java.io.IOException e) {
            return false;
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
        return ((InetSocketAddress) serverChannels.get(0).localAddress()).getPort();
    }

    /** Every address the server listens on. */
    public List<InetSocketAddress> addresses() {
        return serverChannels.stream().map(channel -> (InetSocketAddress) channel.localAddress()).toList();
    }

    /** Stops accepting, lets requests in flight finish, then stops the event loops and workers. */
    @Override
    public void close() {
        serverChannels.forEach(channel -> channel.close().syncUninterruptibly());
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
