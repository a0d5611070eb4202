package dev.cairn.backend.rocksdb;

/** The store's own background threads. */
final class Threads {

    private Threads() {}

    /** Waits for {@code thread} to end, keeping the caller's interrupt for after. */
    static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
