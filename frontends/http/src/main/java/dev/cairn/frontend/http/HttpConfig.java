package dev.cairn.frontend.http;

/**
 * How the HTTP front end listens and how much work it takes on.
 *
 * @param host the address to bind; {@value #LOOPBACK} by default, which binds both loopback
 *     addresses, 127.0.0.1 and [::1] (Node 17 and later resolve {@code localhost} to ::1 first), so
 *     a laptop's server is not reachable from the network unless asked; any other host binds only
 *     that address
 * @param port the port; 8000 (DynamoDB Local's) by default, 0 for any free port
 * @param eventLoopThreads Netty event loop threads; one per core by default. Event loops never wait,
 *     so more would only take turns on the cores: on 2 cores under the load benchmark, two instead
 *     of Netty's default of four cut server CPU per Query by about 18% and per GetItem by about 6%.
 *     0 lets Netty choose (twice the cores)
 * @param workerThreads threads that run engine calls, which may block on storage; by default
 *     16 per core: a call may wait for a disk read or a contended row lock, and waiting threads
 *     cost little, while too few leave the CPU idle (writes do not wait for their sync here: they
 *     are answered when a shared one completes, see {@link dev.cairn.api.Engine#durable()})
 * @param workerQueueCapacity requests that may wait for a worker; beyond it the server answers
 *     ProvisionedThroughputExceededException, which every AWS SDK retries with back-off
 * @param maxRequestBytes DynamoDB's HTTP request size limit, 16 MB; larger requests get 413
 * @param compressResponses compress responses of 4 KB or more for clients that send
 *     {@code Accept-Encoding: gzip} or {@code deflate}, as DynamoDB does (on by default);
 *     {@code x-amz-crc32} then covers the compressed bytes, as DynamoDB's does and as the Java SDK
 *     v2 and botocore check it
 * @param connections the idle timeout and the accepted {@code Host} headers ({@link ConnectionPolicy})
 * @param memoryBudgetBytes the bytes that requests in flight and the answers being built may hold
 *     (docs/operations.md, Memory); 0 for {@value #HEAP_BUDGET_PERCENT}% of the maximum heap
 */
public record HttpConfig(String host, int port, int eventLoopThreads, int workerThreads, int workerQueueCapacity,
        int maxRequestBytes, boolean compressResponses, ConnectionPolicy connections, long memoryBudgetBytes) {

    public static final int DYNAMODB_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    /** The default host: both loopback addresses. */
    public static final String LOOPBACK = "localhost";
    /** The default memory budget, as a share of {@link Runtime#maxMemory()}. */
    public static final int HEAP_BUDGET_PERCENT = 75;

    public HttpConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (eventLoopThreads < 0 || workerThreads < 1 || workerQueueCapacity < 1 || maxRequestBytes < 1) {
            throw new IllegalArgumentException("thread counts, queue capacity and request size must be positive");
        }
        if (connections == null) {
            throw new IllegalArgumentException("connections is required");
        }
        if (memoryBudgetBytes < 0) {
            throw new IllegalArgumentException("memory budget must be positive, or 0 for the default: " + memoryBudgetBytes);
        }
    }

    /**
     * Both loopback addresses on port 8000, an event loop and 16 workers per core, a queue of 1024,
     * 16 MB requests, compressed responses when asked, {@link ConnectionPolicy#defaults()}, a memory
     * budget of {@value #HEAP_BUDGET_PERCENT}% of the heap.
     */
    public static HttpConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new HttpConfig(LOOPBACK, 8000, cores, 16 * cores, 1024, DYNAMODB_MAX_REQUEST_BYTES, true,
                ConnectionPolicy.defaults(), 0);
    }

    /** The memory budget in bytes: the configured one, else {@value #HEAP_BUDGET_PERCENT}% of the maximum heap. */
    public long memoryBudget() {
        return memoryBudgetBytes > 0 ? memoryBudgetBytes : Runtime.getRuntime().maxMemory() / 100 * HEAP_BUDGET_PERCENT;
    }

    public HttpConfig withHost(String host) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withPort(int port) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withEventLoopThreads(int eventLoopThreads) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withWorkers(int workerThreads, int workerQueueCapacity) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withMaxRequestBytes(int maxRequestBytes) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withCompressResponses(boolean compressResponses) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withConnections(ConnectionPolicy connections) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }

    public HttpConfig withMemoryBudgetBytes(long memoryBudgetBytes) {
        return new HttpConfig(host, port, eventLoopThreads, workerThreads, workerQueueCapacity, maxRequestBytes,
                compressResponses, connections, memoryBudgetBytes);
    }
}
