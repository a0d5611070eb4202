package dev.cairn.tck.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small tmpfs file system mounted for a test, to run a store out of disk space for real. Mounting
 * needs root (the CI machine runs tests as root); where it fails the test is skipped with a message
 * saying why, printed as well, so a skipped disk-full test never passes unnoticed, and under
 * {@code CI=true} it fails instead. For any
 * persistent backend's disk-full tests (the RocksDB backend's, the distribution's over HTTP).
 */
public final class SmallDisk implements BeforeAllCallback, AfterAllCallback {

    private final int megabytes;
    private Path mountPoint;

    private SmallDisk(int megabytes) {
        this.megabytes = megabytes;
    }

    /**
     * A tmpfs of {@code megabytes}, mounted before the test class and unmounted after it; register
     * it with {@code @RegisterExtension static final SmallDisk disk = SmallDisk.ofMegabytes(64);}.
     */
    public static SmallDisk ofMegabytes(int megabytes) {
        return new SmallDisk(megabytes);
    }

    /** Mounts the tmpfs at a new directory, or aborts the test class with the reason. */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        Path point = Files.createTempDirectory("cairn-small-disk-");
        String output = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", point.toString());
        if (output != null) {
            Files.deleteIfExists(point);
            String why = "cannot mount a " + megabytes + " MB tmpfs to test a full disk (needs root and mount(8)): "
                    + output;
            if (System.getenv("CI") != null) {
                throw new AssertionError(why + "; CI runs its tests as root");
            }
            System.err.println("!!! SKIPPING " + context.getDisplayName() + ": " + why);
            Assumptions.abort("SKIPPED LOUDLY: " + why);
        }
        mountPoint = point;
    }

    public Path path() {
        return mountPoint;
    }

    public long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    /** Fills the disk with a ballast file until about {@code leaveBytes} are free (0: full); returns the file. */
    public Path fill(long leaveBytes) throws IOException {
        Path ballast = mountPoint.resolve("ballast");
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            for (long room = freeBytes() - leaveBytes; room > 0; room = freeBytes() - leaveBytes) {
                out.write(chunk, 0, (int) Math.min(chunk.length, Math.max(4096, room)));
            }
        } catch (IOException full) {
            // The disk filled before the target: that is full enough.
        }
        return ballast;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        if (mountPoint == null) {
            return;
        }
        String output = run("umount", "-l", mountPoint.toString());
        if (output != null) {
            System.err.println("could not unmount " + mountPoint + ": " + output);
        }
        Files.deleteIfExists(mountPoint);
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.toString();
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return String.join(" ", command) + " timed out";
        }
        String output = new String(process.getInputStream().readAllBytes()).trim();
        return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
    }
}
