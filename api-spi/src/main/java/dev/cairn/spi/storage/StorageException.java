package dev.cairn.spi.storage;

/**
 * A failure of the storage below Cairn. Each backend maps its native errors to this type in one
 * place; {@link #retryable()} says whether the same call may succeed if tried again (a transaction
 * conflict, a timeout) or not (corruption, a full disk, a closed store).
 */
public final class StorageException extends RuntimeException {

    private final boolean retryable;

    private StorageException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** A failure that may pass: retrying the operation can succeed. */
    public static StorageException temporary(String message, Throwable cause) {
        return new StorageException(message, cause, true);
    }

    /** A failure that will not pass by retrying. */
    public static StorageException permanent(String message, Throwable cause) {
        return new StorageException(message, cause, false);
    }

    public boolean retryable() {
        return retryable;
    }
}
