package dev.cairn.benchmarks.load;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Starts DynamoDB Local bound to 127.0.0.1 only. Its ServerRunner has no host option and its Jetty
 * server listens on every interface, so this builds the server exactly as ServerRunner does
 * ({@code createServerFromCommandLineArgs}, the same options), sets the host on its connectors, then
 * starts it. Pure reflection: it runs on DynamoDB Local's own classpath (plus this module's classes,
 * never the shaded jar, whose Netty and Jackson differ), and compiles without DynamoDB Local.
 * Telemetry is never configured, so none is sent.
 *
 * <p>Usage: {@code LoopbackDynamoDbLocal <host> <ServerRunner options...>}; runs until killed.
 */
public final class LoopbackDynamoDbLocal {

    private LoopbackDynamoDbLocal() {}

    public static void main(String[] args) throws Exception {
        String host = args[0];
        String[] options = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class<?> runner = Class.forName("software.amazon.dynamodb.services.local.main.ServerRunner");
        Object proxy = runner.getMethod("createServerFromCommandLineArgs", String[].class).invoke(null, (Object) options);
        Field serverField = proxy.getClass().getDeclaredField("server");
        serverField.setAccessible(true);
        Object jetty = serverField.get(proxy);
        Object[] connectors = (Object[]) jetty.getClass().getMethod("getConnectors").invoke(jetty);
        if (connectors.length == 0) {
            throw new IllegalStateException("DynamoDB Local's Jetty server has no connector to bind");
        }
        for (Object connector : connectors) {
            Method setHost = connector.getClass().getMethod("setHost", String.class);
            setHost.invoke(connector, host);
        }
        proxy.getClass().getMethod("start").invoke(proxy);
        System.out.println("DynamoDB Local listening on " + host + " with " + String.join(" ", options));
        jetty.getClass().getMethod("join").invoke(jetty);
    }
}
