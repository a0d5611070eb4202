package dev.cairn.distribution.concurrency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real threads with one deadline: each body loops while {@link #running()}; the first unexpected
 * throwable of any thread stops them all and is kept for the test to report.
 */
final class Workers {

    /** One thread's work; {@code index} runs from 0 to the count started. */
    interface Body {
        void run(int index) throws Exception;
    }

    private final long deadlineNanos;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    Workers(Duration budget) {
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** False once any thread failed, {@link #stop()} was called, or the deadline passed. */
    boolean running() {
        return !stopped.get() && System.nanoTime() < deadlineNanos;
    }

    boolean deadlinePassed() {
        return System.nanoTime() >= deadlineNanos;
    }

    void stop() {
        stopped.set(true);
    }

    /** Starts {@code count} threads named {@code name-i}, each running {@code body}. */
    List<Thread> start(String name, int count, Body body) {
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    body.run(index);
                } catch (Throwable t) {
                    failures.add(t);
                    stop();
                }
            }, name + "-" + i);
            thread.setDaemon(true);
            started.add(thread);
        }
        threads.addAll(started);
        started.forEach(Thread::start);
        return started;
    }

    /** Waits for {@code group} to end, at most until the deadline plus {@code grace}. */
    void join(List<Thread> group, Duration grace) throws InterruptedException {
        long until = deadlineNanos + grace.toNanos();
        for (Thread thread : group) {
            long left = until - System.nanoTime();
            if (left > 0) {
                thread.join(Math.max(1, left / 1_000_000));
            }
            if (thread.isAlive()) {
                stop();
                thread.interrupt();
                failures.add(new AssertionError(thread.getName() + " still running after the deadline"));
            }
        }
    }

    /** Waits for every thread started. */
    void joinAll(Duration grace) throws InterruptedException {
        join(threads, grace);
    }

    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** Rethrows the first failure, with any others attached as suppressed. */
    void rethrowFailures() {
        List<Throwable> all = failures();
        if (all.isEmpty()) {
            return;
        }
        AssertionError error = new AssertionError("a worker failed: " + all.get(0), all.get(0));
        all.stream().skip(1).limit(5).forEach(error::addSuppressed);
        throw error;
    }
}
