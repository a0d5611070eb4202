package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * How long {@code ./cairn serve} takes, as a user sees it: from starting the script to the first
 * ListTables answer. Reported, not asserted: speed is for benchmarks, which run on quiet machines.
 */
class StartupTimeIT {

    @TempDir
    Path dataDir;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @ParameterizedTest(name = "backend {0}")
    @ValueSource(strings = {"rocksdb", "memory"})
    void cairnServeAnswersListTablesSoonAfterStart(String backend) throws Exception {
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        List<String> command = List.of("bash", CairnProcess.ROOT.resolve("cairn").toString(), "serve", "--backend", backend,
                "--data-dir", dataDir.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port));
        Map<String, String> env = Map.of("CAIRN_SKIP_BUILD", "1", "JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());

        try (DynamoDbClient ddb = Sdk.clientWithoutRetries(endpoint)) {
            long started = System.nanoTime();
            try (CairnProcess server = CairnProcess.start(command, env)) {
                List<String> tables = null;
                while (tables == null && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60)) {
                    try {
                        tables = ddb.listTables().tableNames();
                    } catch (SdkClientException notYetListening) {
                        Thread.sleep(5);
                    }
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(tables).as("ListTables answer; server output:\n%s", server.output()).isEmpty();
                server.awaitListening();

                String firstLine = server.outputLines().get(0);
                System.out.printf("cairn serve --backend %s: first ListTables answer %d ms after start; server said: %s%n",
                        backend, millis, firstLine);
                assertThat(firstLine).contains("Cairn listening on http://127.0.0.1:" + port, "backend " + backend);
            }
        }
    }
}
