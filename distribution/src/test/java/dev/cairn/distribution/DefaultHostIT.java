package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code cairn serve} without {@code --host} listens on both loopback addresses at one port: a
 * client that resolves localhost to ::1 (Node 17 and later) and one that resolves it to 127.0.0.1
 * both reach it.
 */
class DefaultHostIT {

    @Test
    void serveWithoutHostAnswersOnIpv4AndIpv6Loopback() throws Exception {
        assumeTrue(hasIpv6Loopback(), "this machine has no ::1");
        try (CairnProcess server = CairnProcess.start(
                CairnProcess.javaCommand("serve", "--backend", "memory", "--port", "0"), Map.of())) {
            server.awaitListening();
            int port = server.endpoint().getPort();

            assertThat(server.endpoint().getHost()).isEqualTo("localhost");
            assertThat(server.output()).contains("on 127.0.0.1 and [::1]");
            for (String host : new String[] {"127.0.0.1", "[::1]"}) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/"))
                                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                                .header("Content-Type", "application/x-amz-json-1.0")
                                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(host).isEqualTo(200);
                assertThat(response.body()).as(host).isEqualTo("{\"TableNames\":[]}");
            }
        }
    }

    private static boolean hasIpv6Loopback() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
