package dev.cairn.spi.storage;

/**
 * A read asked not to block ({@link NonBlockingReads}) would have had to wait. Not an error: the
 * read changed nothing and should be run again on a thread that may block. It is thrown often on
 * a cold cache, so it carries no stack trace and one instance serves every throw.
 */
public final class WouldBlockException extends RuntimeException {

    static final WouldBlockException INSTANCE = new WouldBlockException();

    private WouldBlockException() {
        super("the read would block", null, false, false);
    }

    /** The one instance, for stores that detect a wait themselves. */
    public static WouldBlockException instance() {
        return INSTANCE;
    }
}
