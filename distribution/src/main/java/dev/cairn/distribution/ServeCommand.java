package dev.cairn.distribution;

import dev.cairn.api.Engine;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.http.ConnectionPolicy;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import dev.cairn.spi.storage.StorageProvider;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cairn serve}: opens a store, builds the engine over it and serves the DynamoDB JSON API.
 *
 * <p>The first log line says where Cairn listens, on which backend and data, and how long start-up
 * took, so a user (or a script waiting for readiness) needs to read only that line. SIGTERM and
 * SIGINT stop it cleanly: the front end first, so no request reaches a closed engine, then the
 * engine, which closes the store and with it flushes what was acknowledged.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the DynamoDB API over HTTP.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger("cairn");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8000", description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = HttpConfig.LOOPBACK,
            description = "Address to bind (default: ${DEFAULT-VALUE}: 127.0.0.1 and [::1], this machine only; "
                    + "0.0.0.0 for every interface; any other address binds that one only).")
    String host;

    @Option(names = "--idle-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Close a connection after this many idle seconds: nothing sent either way and no request "
                    + "waiting for its answer; 0 never closes (default: ${DEFAULT-VALUE}).")
    long idleTimeoutSeconds;

    @Option(names = "--allowed-host", paramLabel = "HOST",
            description = "Also answer requests whose Host header names HOST (any port), repeatable; * answers any. "
                    + "Loopback names and addresses and the --host are always answered, and with --host 0.0.0.0 "
                    + "or :: any host is, unless this option is given; other hosts get a 400.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--data-dir", defaultValue = "./data", description = "Directory of persistent backends (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--backend", defaultValue = "rocksdb", description = "Storage backend: memory or rocksdb (default: ${DEFAULT-VALUE}).")
    String backend;

    @Option(names = "--store-option", paramLabel = "NAME=VALUE",
            description = "Backend-specific setting, repeatable (for example rocksdb.sync=false).")
    Map<String, String> storeOptions = new LinkedHashMap<>();

    @Option(names = "--memory-budget-mb", defaultValue = "0", paramLabel = "MB",
            description = "Memory the requests in flight and their responses may hold (default: "
                    + HttpConfig.HEAP_BUDGET_PERCENT + "% of the maximum heap); see docs/operations.md.")
    long memoryBudgetMegabytes;

    @Override
    public Integer call() throws InterruptedException {
        StorageProvider provider = provider();
        ConnectionPolicy connections = connections();
        Store store;
        try {
            store = provider.open(new StoreConfig(dataDir, storeOptions));
        } catch (RuntimeException e) {
            log.error("Cannot open the {} store in {}: {}", backend, dataDir, e.getMessage());
            return 1;
        }
        Engine engine = new CairnEngine(store);
        HttpFrontend.disableLeakDetectionUnlessAsked();
        HttpFrontend http;
        try {
            http = HttpFrontend.start(engine, HttpConfig.defaults().withHost(host).withPort(port)
                    .withConnections(connections).withMemoryBudgetBytes(memoryBudgetMegabytes * 1024 * 1024));
        } catch (Exception e) { // Netty rethrows a BindException unchecked
            log.error("Cannot listen on {}:{}: {}", host, port, e.getMessage());
            engine.close();
            return 1;
        }
        log.info("Cairn listening on http://{}:{} (backend {}, {}{}), started in {} ms",
                host, http.port(), backend, dataDescription(), boundAddresses(http), millisSinceProcessStart());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(http, engine, stopped), "cairn-shutdown"));
        stopped.await();
        return 0;
    }

    private StorageProvider provider() {
        try {
            return StorageProviders.onClasspath().byName(backend);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ConnectionPolicy connections() {
        if (idleTimeoutSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--idle-timeout must be 0 (never) or more");
        }
        try {
            return new ConnectionPolicy(Duration.ofSeconds(idleTimeoutSeconds), allowedHosts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--allowed-host: " + e.getMessage());
        }
    }

    /** For the default host, which addresses it took: both loopbacks, or 127.0.0.1 alone on a machine without ::1. */
    private String boundAddresses(HttpFrontend http) {
        if (!HttpConfig.LOOPBACK.equals(host)) {
            return "";
        }
        return http.addresses().stream().map(a -> a.getAddress() instanceof java.net.Inet6Address ? "[::1]"
                : a.getAddress().getHostAddress())
                .collect(java.util.stream.Collectors.joining(" and ", "; on ", ""));
    }

    private String dataDescription() {
        return backend.equals("memory") ? "data in memory only" : "data " + dataDir;
    }

    private static void stop(HttpFrontend http, Engine engine, CountDownLatch stopped) {
        log.info("Cairn stopping");
        try {
            http.close();
        } catch (RuntimeException e) {
            log.warn("Front end did not close cleanly", e);
        }
        try {
            engine.close();
        } catch (RuntimeException e) {
            log.warn("Engine did not close cleanly", e);
        }
        log.info("Cairn stopped");
        stopped.countDown();
    }

    /**
     * Measured from the JVM's start, so JVM boot and class loading count too. (The OS's process
     * start time would include the launcher script, but Linux reports it against a boot time
     * rounded to the second, which makes it up to a second off.)
     */
    private static long millisSinceProcessStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
