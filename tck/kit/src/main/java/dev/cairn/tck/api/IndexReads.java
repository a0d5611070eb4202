package dev.cairn.tck.api;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reads of a global index, which DynamoDB keeps eventually consistent with its table. */
final class IndexReads {

    private static final Duration INDEX_CATCH_UP = Duration.ofSeconds(30);

    private IndexReads() {}

    /**
     * Reads until {@code done} holds, for at most 30 seconds, and returns the last answer
     * for the test to judge: a global index is eventually consistent, so a read right after a write may miss it.
     */
    static <T> T eventually(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + INDEX_CATCH_UP.toNanos();
        T answer = read.get();
        while (!done.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an index", e);
            }
            answer = read.get();
        }
        return answer;
    }
}
