package dev.cairn.frontend.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Carries "absent" across the two models. The SDK tells an absent list or map from an empty one
 * only through {@code hasX()} (absent ones are auto-constructed empties) and turns a null it is
 * given back into an absent one; Cairn's records use null. Converting element-wise keeps null as
 * null, and keeps order and null elements, as the JSON wire would.
 */
final class Absent {

    private Absent() {}

    /** The SDK's value when {@code hasX()} says it was set, else null. */
    static <T> T unless(boolean present, T value) {
        return present ? value : null;
    }

    static <A, B> List<B> list(List<A> in, Function<? super A, ? extends B> convert) {
        if (in == null) {
            return null;
        }
        List<B> out = new ArrayList<>(in.size());
        for (A element : in) {
            out.add(element == null ? null : convert.apply(element));
        }
        return Collections.unmodifiableList(out);
    }

    static <A, B> List<B> list(boolean present, List<A> in, Function<? super A, ? extends B> convert) {
        return present ? list(in, convert) : null;
    }

    static <A, B> Map<String, B> map(Map<String, A> in, Function<? super A, ? extends B> convert) {
        if (in == null) {
            return null;
        }
        Map<String, B> out = new LinkedHashMap<>(Math.max(4, in.size() * 2));
        in.forEach((name, value) -> out.put(name, value == null ? null : convert.apply(value)));
        return Collections.unmodifiableMap(out);
    }

    static <A, B> Map<String, B> map(boolean present, Map<String, A> in, Function<? super A, ? extends B> convert) {
        return present ? map(in, convert) : null;
    }
}
