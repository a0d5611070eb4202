package dev.cairn.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The AWS SDK for JavaScript v3, in headless Chromium, on a page served from another origin than
 * Cairn's: its PutItem and GetItem are cross-origin requests that the browser preflights, so they
 * only succeed if Cairn answers CORS as DynamoDB does. The page reaches Cairn at
 * {@code http://localhost:<port>}, which Chromium may resolve to ::1 or 127.0.0.1: the default
 * server listens on both. The SDK is bundled from the npm registry by src/test/browser/build-sdk.sh
 * into target/browser-sdk (nothing of it is committed but the lock file).
 */
class BrowserSdkIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path BUNDLE_DIR = Path.of("target/browser-sdk");
    private static final Path BROWSER_SOURCES = Path.of("src/test/browser");

    @TempDir
    static Path dataDir;

    @TempDir
    Path profile;

    @BeforeAll
    static void requireChromiumAndTheSdkBundle() throws Exception {
        require(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium)");
        if (!Files.exists(BUNDLE_DIR.resolve("sdk.js"))) {
            Process build = new ProcessBuilder("bash", BROWSER_SOURCES.resolve("build-sdk.sh").toString(),
                    BUNDLE_DIR.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean built = build.waitFor(5, TimeUnit.MINUTES) && build.exitValue() == 0;
            require(built, "the AWS SDK for JavaScript could not be bundled (npm and the npm registry are needed): " + output);
        }
    }

    /** As AwsCliSessionIT: skipped loudly where the browser is missing, a failure under CI=true. */
    private static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError(why + "; CI must provide it: see .ci/run");
        }
        System.err.println("!!! SKIPPING BrowserSdkIT: " + why);
        Assumptions.abort("SKIPPED LOUDLY: " + why);
    }

    @Test
    void theJavaScriptSdkInABrowserPutsAndGetsAnItemAcrossOrigins() throws Exception {
        try (InProcessCairn cairn = InProcessCairn.start("memory", dataDir);
                DynamoDbClient java = Sdk.client(cairn.endpoint())) {
            java.createTable(r -> r.tableName("browser-items").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
            CompletableFuture<String> result = new CompletableFuture<>();
            HttpServer pages = pageServer("http://localhost:" + cairn.endpoint().getPort(), "browser-items", result);
            Process chromium = chromium(URI.create("http://127.0.0.1:" + pages.getAddress().getPort() + "/"));
            try {
                String answer = result.get(90, TimeUnit.SECONDS);

                assertThat(answer).matches("OK hello from chromium [A-Z0-9]{52}");
                assertThat(java.getItem(r -> r.tableName("browser-items")
                        .key(Sdk.item("pk", "from-the-browser"))).item().get("greeting").s()).isEqualTo("hello from chromium");
            } finally {
                chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                pages.stop(0);
            }
        }
    }

    /** The page's origin: the page (with Cairn's endpoint in it), the SDK bundle, and where the page posts its result. */
    private static HttpServer pageServer(String endpoint, String table, CompletableFuture<String> result) throws IOException {
        String page = Files.readString(BROWSER_SOURCES.resolve("page.html"))
                .replace("@ENDPOINT@", endpoint).replace("@TABLE@", table);
        byte[] sdk = Files.readAllBytes(BUNDLE_DIR.resolve("sdk.js"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> send(exchange, "text/html", page.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/sdk.js", exchange -> send(exchange, "text/javascript", sdk));
        server.createContext("/result", exchange -> {
            result.complete(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, "text/plain", new byte[0]);
        });
        server.start();
        return server;
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private Process chromium(URI page) throws IOException {
        return new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=60000", "--dump-dom",
                page.toString()))
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
    }
}
