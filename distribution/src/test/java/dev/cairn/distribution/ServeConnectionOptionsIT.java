package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cairn serve --idle-timeout} and {@code --allowed-host} reach the server: an idle
 * connection is closed after the given seconds, an allowed Host is answered and another refused
 * with 400; a bad value is an option error (exit 2) before anything starts.
 */
class ServeConnectionOptionsIT {

    @Test
    void idleTimeoutAndAllowedHostsApply() throws Exception {
        try (CairnProcess server = CairnProcess.start(CairnProcess.javaCommand("serve", "--backend", "memory",
                "--host", "127.0.0.1", "--port", "0", "--idle-timeout", "1", "--allowed-host", "cairn.test"), Map.of())) {
            server.awaitListening();
            int port = server.endpoint().getPort();

            assertThat(statusLine(port, "cairn.test:" + port)).isEqualTo("HTTP/1.1 200 OK");
            assertThat(statusLine(port, "evil.example:" + port)).isEqualTo("HTTP/1.1 400 Bad Request");

            try (Socket idle = new Socket("127.0.0.1", port)) {
                idle.setSoTimeout(10_000);
                long began = System.nanoTime();
                assertThat(idle.getInputStream().read()).isEqualTo(-1);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isBetween(750L, 8_000L);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--idle-timeout=-1", "--allowed-host=cairn:port", "--allowed-host="})
    void aBadConnectionOptionIsAnOptionError(String option) throws Exception {
        Process process = new ProcessBuilder(CairnProcess.javaCommand("serve", "--backend", "memory",
                "--host", "127.0.0.1", "--port", "0", option)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).doesNotContain("Cairn listening");
    }

    /** The status line of a ListTables sent with this Host header. */
    private static String statusLine(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: " + host + "\r\nX-Amz-Target: "
                    + "DynamoDB_20120810.ListTables\r\nContent-Type: application/x-amz-json-1.0\r\nConnection: close\r\n"
                    + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\r' && b != -1; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }
}
