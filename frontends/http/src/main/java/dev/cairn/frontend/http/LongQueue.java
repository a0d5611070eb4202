package dev.cairn.frontend.http;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** A first-in-first-out queue of longs that allocates only to grow: one per connection, a few entries deep. */
final class LongQueue {

    private long[] values = new long[4];
    private int head;
    private int size;

    void add(long value) {
        if (size == values.length) {
            long[] grown = new long[values.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = values[(head + i) % values.length];
            }
            values = grown;
            head = 0;
        }
        values[(head + size++) % values.length] = value;
    }

    long poll() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        long value = values[head];
        head = (head + 1) % values.length;
        size--;
        return value;
    }

    long last() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        return values[(head + size - 1) % values.length];
    }

    void replaceLast(long value) {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        values[(head + size - 1) % values.length] = value;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
