package dev.cairn.backend.memory;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Merges a transaction's private writes over the committed rows, both already in read order, so a
 * transaction's range reads see its own writes. On equal keys the overlay wins; an overlay entry
 * whose value is {@link MemoryTransaction#TOMBSTONE} hides the committed row.
 */
final class OverlayIterator implements Iterator<Map.Entry<byte[], byte[]>> {

    private final PeekingIterator base;
    private final PeekingIterator overlay;
    private final Comparator<byte[]> order;
    private Map.Entry<byte[], byte[]> next;

    OverlayIterator(Iterator<Map.Entry<byte[], byte[]>> base, Iterator<Map.Entry<byte[], byte[]>> overlay,
            Comparator<byte[]> order) {
        this.base = new PeekingIterator(base);
        this.overlay = new PeekingIterator(overlay);
        this.order = order;
    }

    @Override
    public boolean hasNext() {
        while (next == null && (base.peek() != null || overlay.peek() != null)) {
            next = step();
        }
        return next != null;
    }

    @Override
    public Map.Entry<byte[], byte[]> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Map.Entry<byte[], byte[]> result = next;
        next = null;
        return result;
    }

    /** The next merged entry, or null when it was a tombstone. */
    private Map.Entry<byte[], byte[]> step() {
        Map.Entry<byte[], byte[]> chosen;
        if (overlay.peek() == null) {
            return base.take();
        } else if (base.peek() == null) {
            chosen = overlay.take();
        } else {
            int cmp = order.compare(base.peek().getKey(), overlay.peek().getKey());
            if (cmp < 0) {
                return base.take();
            }
            if (cmp == 0) {
                base.take();
            }
            chosen = overlay.take();
        }
        return chosen.getValue() == MemoryTransaction.TOMBSTONE ? null : chosen;
    }

    private static final class PeekingIterator {
        private final Iterator<Map.Entry<byte[], byte[]>> source;
        private Map.Entry<byte[], byte[]> head;

        PeekingIterator(Iterator<Map.Entry<byte[], byte[]>> source) {
            this.source = source;
        }

        Map.Entry<byte[], byte[]> peek() {
            if (head == null && source.hasNext()) {
                head = source.next();
            }
            return head;
        }

        Map.Entry<byte[], byte[]> take() {
            Map.Entry<byte[], byte[]> taken = peek();
            head = null;
            return taken;
        }
    }
}
