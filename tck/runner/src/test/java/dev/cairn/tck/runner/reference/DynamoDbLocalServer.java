package dev.cairn.tck.runner.reference;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local 3.3.1 — the reference implementation — running in this JVM, in memory, on a free
 * loopback port, so a test compares Cairn with it without anything installed by hand.
 *
 * <p>DynamoDB Local has no option for the bind address: its Jetty server listens on every
 * interface. Before starting it, this class reaches into the proxy's Jetty server and pins its
 * connector to 127.0.0.1, so a test run never opens a port to the network. Telemetry is disabled
 * for the same reason. Its SQLite natives are found through the {@code sqlite4java.library.path}
 * system property, which the build sets to the copy it takes from Maven Central.
 */
public final class DynamoDbLocalServer implements AutoCloseable {

    public static final String LOOPBACK = "127.0.0.1";

    private final DynamoDBProxyServer server;
    private final int port;
    private final long startMillis;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port, long startMillis) {
        this.server = server;
        this.port = port;
        this.startMillis = startMillis;
    }

    /** Starts a fresh in-memory DynamoDB Local and returns once it accepts requests. */
    public static DynamoDbLocalServer start() {
        long began = System.nanoTime();
        int port = freeLoopbackPort();
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
            bindToLoopback(server);
            server.start();
            long millis = (System.nanoTime() - began) / 1_000_000;
            System.out.printf("DynamoDB Local 3.3.1 started on %s:%d in %d ms%n", LOOPBACK, port, millis);
            return new DynamoDbLocalServer(server, port, millis);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    public URI endpoint() {
        return URI.create("http://" + LOOPBACK + ":" + port + "/");
    }

    public int port() {
        return port;
    }

    public long startMillis() {
        return startMillis;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    private static void bindToLoopback(DynamoDBProxyServer proxy) throws IllegalAccessException {
        Server jetty = jettyServerOf(proxy);
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(LOOPBACK);
            }
        }
    }

    private static Server jettyServerOf(DynamoDBProxyServer proxy) throws IllegalAccessException {
        for (Field field : DynamoDBProxyServer.class.getDeclaredFields()) {
            if (Server.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                return (Server) field.get(proxy);
            }
        }
        throw new IllegalStateException("DynamoDB Local's proxy has no Jetty server field; cannot bind it to loopback");
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(LOOPBACK, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }
}
