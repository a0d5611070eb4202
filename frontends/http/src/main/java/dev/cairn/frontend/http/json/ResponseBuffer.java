package dev.cairn.frontend.http.json;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * The bytes of one response as they are written, in an array kept per thread and reused: a Query
 * answer of a few dozen kilobytes would otherwise grow a fresh buffer block by block for every
 * response (Jackson recycles its own 8 KB output buffer, but not the stream it flushes into), and
 * then be copied once more into the result. Here the only allocation is the result itself. Only
 * buffers up to {@link #KEPT_BYTES} are kept, so one huge answer does not pin its memory to the
 * thread.
 *
 * <p>One response at a time per thread: {@link JsonWireCodec#write} is the only user, and writers
 * do not nest.
 */
final class ResponseBuffer extends OutputStream {

    private static final int INITIAL_BYTES = 16 * 1024;
    private static final int KEPT_BYTES = 1024 * 1024;
    private static final ThreadLocal<ResponseBuffer> PER_THREAD = ThreadLocal.withInitial(ResponseBuffer::new);

    private byte[] bytes = new byte[INITIAL_BYTES];
    private int size;

    private ResponseBuffer() {}

    /** This thread's buffer, emptied. */
    static ResponseBuffer acquire() {
        ResponseBuffer buffer = PER_THREAD.get();
        buffer.size = 0;
        return buffer;
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    /** A copy of what was written; the buffer is then shrunk back if it had to grow very large. */
    byte[] toByteArrayAndRelease() {
        byte[] copy = Arrays.copyOf(bytes, size);
        if (bytes.length > KEPT_BYTES) {
            bytes = new byte[INITIAL_BYTES];
        }
        size = 0;
        return copy;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
