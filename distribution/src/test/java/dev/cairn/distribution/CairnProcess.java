package dev.cairn.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cairn server in its own process, started from the packaged classpath ({@code target/lib}) as
 * the launcher starts it. Its output is collected so failures can show it. Always on loopback.
 */
final class CairnProcess implements AutoCloseable {

    static final Path LIB = Path.of(System.getProperty("cairn.lib", "target/lib"));
    static final Path NATIVE = Path.of(System.getProperty("cairn.native", "target/native"));
    static final Path ROOT = Path.of(System.getProperty("cairn.root", "..")).toAbsolutePath().normalize();

    private static final Pattern LISTENING = Pattern.compile("Cairn listening on http://([^:\\s]+):(\\d+)");

    private final Process process;
    private final Thread reader;
    private final List<String> output = new ArrayList<>();
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile URI endpoint;

    private CairnProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "cairn-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** The java command line the {@code cairn} script runs, without its tuning flags. */
    static List<String> javaCommand(String... cairnArgs) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.library.path=" + NATIVE.toAbsolutePath(),
                "-cp", LIB.toAbsolutePath() + "/*",
                "dev.cairn.distribution.CairnMain"));
        command.addAll(List.of(cairnArgs));
        return command;
    }

    /** {@code cairn serve} on a free loopback port, with the given backend and data directory. */
    static CairnProcess serve(String backend, Path dataDir) throws IOException {
        CairnProcess server = start(javaCommand("serve", "--backend", backend, "--data-dir", dataDir.toString(),
                "--host", "127.0.0.1", "--port", "0"), Map.of());
        server.awaitListening();
        return server;
    }

    static CairnProcess start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new CairnProcess(builder.start());
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
                Matcher m = LISTENING.matcher(line);
                if (m.find() && endpoint == null) {
                    endpoint = URI.create("http://" + m.group(1) + ":" + m.group(2));
                    listening.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** Waits for the "Cairn listening on" line; fails with the process's output if it does not come. */
    void awaitListening() {
        try {
            for (int i = 0; i < 600 && !listening.await(100, TimeUnit.MILLISECONDS); i++) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("cairn exited with " + process.exitValue() + ":\n" + output());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (endpoint == null) {
            throw new IllegalStateException("cairn did not report listening within 60 s:\n" + output());
        }
    }

    URI endpoint() {
        return endpoint;
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    List<String> outputLines() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /**
     * SIGTERM, then waits for the process to end; returns its exit code. Signals through the
     * process handle: {@link Process#destroy()} would also close the pipe, losing the last lines.
     */
    int terminate() throws InterruptedException {
        process.toHandle().destroy();
        return awaitExit();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. Returns the exit code (137 on Linux). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    private int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("cairn did not exit within 60 s:\n" + output());
        }
        reader.join(10_000); // the last lines may still be in the pipe
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.toHandle().destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
