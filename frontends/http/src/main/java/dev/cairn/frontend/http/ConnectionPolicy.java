package dev.cairn.frontend.http;

import java.time.Duration;
import java.util.List;

/**
 * How the HTTP front end treats connections, apart from the requests on them.
 *
 * @param idleTimeout how long a connection may sit idle before the server closes it: nothing read,
 *     nothing written, and no request waiting for its answer (a slow Scan, or a request waiting for
 *     a worker, is never cut). 60 seconds by default, about what DynamoDB's endpoints keep an idle
 *     connection (aws/aws-sdk-java issue #1365: DynamoDB drops connections idle longer than 60 s;
 *     60 s is also an AWS load balancer's default); DynamoDB Local closes them after 30 s (Jetty's
 *     default). {@link Duration#ZERO} never closes them
 * @param allowedHosts {@code Host} header values accepted besides loopback names and the bound
 *     host; {@code *} accepts any. Empty by default. See {@link AllowedHosts}
 */
public record ConnectionPolicy(Duration idleTimeout, List<String> allowedHosts) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    public ConnectionPolicy {
        if (idleTimeout == null || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idle timeout must be zero (never) or positive");
        }
        allowedHosts = List.copyOf(allowedHosts);
        AllowedHosts.of(HttpConfig.LOOPBACK, allowedHosts); // refuses a malformed one here, at start-up
    }

    /** A 60-second idle timeout; loopback hosts and the bound host only. */
    public static ConnectionPolicy defaults() {
        return new ConnectionPolicy(DEFAULT_IDLE_TIMEOUT, List.of());
    }
}
