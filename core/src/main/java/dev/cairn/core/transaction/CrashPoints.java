package dev.cairn.core.transaction;

/**
 * A test-only hook: the coordinator of core's own transaction protocol calls {@link #reach} at each
 * named point, and a test makes it throw there to play a process that dies mid-transaction. Never
 * installed outside tests.
 */
final class CrashPoints {

    static final String AFTER_PREPARE = "after-prepare";
    static final String AFTER_COMMIT = "after-commit";

    private static volatile String armed;

    private CrashPoints() {}

    /** Makes the next transaction to reach {@code point} throw {@link SimulatedCrash} there. */
    static void arm(String point) {
        armed = point;
    }

    static void disarm() {
        armed = null;
    }

    static void reach(String point) {
        if (point.equals(armed)) {
            armed = null;
            throw new SimulatedCrash(point);
        }
    }

    /** Thrown at an armed point; nothing after it in the coordinator runs. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String point) {
            super("simulated crash at " + point, null, false, false);
        }
    }
}
