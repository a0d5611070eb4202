package dev.cairn.spi.storage;

import java.util.function.Supplier;

/** A per-thread yes/no that holds for the length of a call and nests: what the SPI's thread marks share. */
final class ThreadFlag {

    private final ThreadLocal<Boolean> set = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code body} with the flag set on this thread; inside a call that set it, just runs it. */
    <T> T runWith(Supplier<T> body) {
        if (isSet()) {
            return body.get();
        }
        set.set(Boolean.TRUE);
        try {
            return body.get();
        } finally {
            set.set(Boolean.FALSE);
        }
    }

    boolean isSet() {
        return set.get();
    }
}
