package dev.cairn.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's AWS CLI v2 ({@code /usr/bin/aws}), never whatever {@code aws} is first on PATH (a pyenv
 * shim may hold CLI v1). Runs with dummy credentials and no user configuration.
 */
final class AwsCli {

    static final Path BINARY = Path.of("/usr/bin/aws");

    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exitCode, String stdout, String stderr) {

        /** The JSON answer; a missing node when the command printed nothing (a plain PutItem). */
        JsonNode json() throws IOException {
            return stdout.isBlank() ? MissingNode.getInstance() : JSON.readTree(stdout);
        }
    }

    private final URI endpoint;
    private final Path home;

    AwsCli(URI endpoint, Path home) {
        this.endpoint = endpoint;
        this.home = home;
    }

    /** Runs {@code aws dynamodb ARGS}. */
    Result dynamodb(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--endpoint-url", endpoint.toString(),
                "--output", "json", "--no-cli-pager", "dynamodb"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("stdout").toFile())
                .redirectError(home.resolve("stderr").toFile());
        var env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", "x");
        env.put("AWS_SECRET_ACCESS_KEY", "x");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("HOME", home.toString());
        env.remove("AWS_PROFILE");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("aws " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(),
                Files.readString(home.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("stderr"), StandardCharsets.UTF_8));
    }

    /** Like {@link #dynamodb} but the command must succeed; returns its JSON. */
    JsonNode ok(String... args) throws IOException, InterruptedException {
        Result result = dynamodb(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("aws dynamodb " + String.join(" ", args) + " exited with "
                    + result.exitCode() + ":\n" + result.stderr() + result.stdout());
        }
        return result.json();
    }
}
