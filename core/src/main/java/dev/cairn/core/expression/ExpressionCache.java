package dev.cairn.core.expression;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parsed expressions by kind and text. Applications send the same few texts over and over, so
 * parsing and the static checks run once per text; what varies per request (names, values) is
 * resolved afterwards. Bounded: past the limit an arbitrary entry is evicted, which keeps the
 * cache cheap under concurrency; only successful parses are kept.
 */
final class ExpressionCache {

    private record Key(ExpressionKind kind, String text) {}

    private final int capacity;
    private final ConcurrentHashMap<Key, Object> entries = new ConcurrentHashMap<>();

    ExpressionCache(int capacity) {
        this.capacity = capacity;
    }

    @SuppressWarnings("unchecked")
    <T> T get(ExpressionKind kind, String text, Supplier<T> parser) {
        Key key = new Key(kind, text);
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        T parsed = parser.get();
        if (entries.size() >= capacity) {
            Iterator<Key> it = entries.keySet().iterator();
            if (it.hasNext()) {
                entries.remove(it.next());
            }
        }
        entries.put(key, parsed);
        return parsed;
    }

    int size() {
        return entries.size();
    }
}
