package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.api.model.ListTablesResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * By default the server listens on both loopback addresses, so a client that resolves
 * {@code localhost} to ::1 first (Node 17 and later) reaches it as one that resolves it to
 * 127.0.0.1 does; an explicit host binds that address only.
 */
class LoopbackTest {

    private final ScriptedEngine engine = new ScriptedEngine().answer(new ListTablesResponse(List.of("t"), null));

    @Test
    void theDefaultServerAnswersOnIpv4AndIpv6LoopbackAtOnePort() throws Exception {
        assumeTrue(hasIpv6Loopback(), "this machine has no ::1");
        try (HttpFrontend server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0))) {
            assertThat(listTables("127.0.0.1", server.port())).isEqualTo("{\"TableNames\":[\"t\"]}");
            assertThat(listTables("[::1]", server.port())).isEqualTo("{\"TableNames\":[\"t\"]}");
        }
    }

    @Test
    void anExplicitHostIsTheOnlyAddressBound() throws Exception {
        assumeTrue(hasIpv6Loopback(), "this machine has no ::1");
        try (HttpFrontend server = HttpFrontend.start(engine, HttpConfig.defaults().withHost("127.0.0.1").withPort(0))) {
            assertThat(listTables("127.0.0.1", server.port())).isEqualTo("{\"TableNames\":[\"t\"]}");
            try (Socket socket = new Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> socket.connect(new InetSocketAddress(InetAddress.getByName("::1"), server.port()), 2000))
                        .isInstanceOf(ConnectException.class);
            }
        }
    }

    private static String listTables(String host, int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/"))
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static boolean hasIpv6Loopback() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
