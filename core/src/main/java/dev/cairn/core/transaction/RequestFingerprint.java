package dev.cairn.core.transaction;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of a request's content, so that a ClientRequestToken can be checked against
 * "the same request" without storing the request. Maps are digested in key order (JSON objects are
 * unordered), every string with its length, so no two different requests share a canonical form.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static byte[] of(Object request) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, request);
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                append(out, read(component, record));
                out.append(',');
            }
            out.append(')');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            new TreeMap<>(map).forEach((key, entry) -> {
                append(out, key);
                out.append('=');
                append(out, entry);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            list.forEach(element -> {
                append(out, element);
                out.append(',');
            });
            out.append(']');
        } else if (value instanceof byte[] bytes) {
            append(out, Base64.getEncoder().encodeToString(bytes));
        } else {
            String text = value.toString();
            out.append(text.length()).append(':').append(text);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
