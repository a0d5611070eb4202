package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Set arithmetic for ADD, DELETE and contains(): sets arrive as lists, so membership uses value
 * equality (numbers numerically), and results keep the order of the first set.
 */
final class SetValues {

    private SetValues() {}

    static boolean isSet(AttributeValue v) {
        return v instanceof AttributeValue.SS || v instanceof AttributeValue.NS || v instanceof AttributeValue.BS;
    }

    /** The members of a set as scalar values (S, N or B). */
    static List<AttributeValue> elements(AttributeValue set) {
        if (set instanceof AttributeValue.SS ss) {
            return ss.value().stream().map(s -> (AttributeValue) new AttributeValue.S(s)).toList();
        }
        if (set instanceof AttributeValue.NS ns) {
            return ns.value().stream().map(s -> (AttributeValue) new AttributeValue.N(s)).toList();
        }
        return ((AttributeValue.BS) set).value().stream().map(b -> (AttributeValue) new AttributeValue.B(b)).toList();
    }

    static boolean contains(AttributeValue set, AttributeValue element) {
        return elements(set).stream().anyMatch(e -> Values.equal(e, element));
    }

    static AttributeValue union(AttributeValue a, AttributeValue b) {
        List<AttributeValue> result = new ArrayList<>(elements(a));
        for (AttributeValue e : elements(b)) {
            if (result.stream().noneMatch(x -> Values.equal(x, e))) {
                result.add(e);
            }
        }
        return build(a.type(), result);
    }

    /** The difference, or null when nothing is left (DynamoDB then removes the attribute). */
    static AttributeValue difference(AttributeValue a, AttributeValue b) {
        List<AttributeValue> result = new ArrayList<>();
        for (AttributeValue e : elements(a)) {
            if (!contains(b, e)) {
                result.add(e);
            }
        }
        return result.isEmpty() ? null : build(a.type(), result);
    }

    private static AttributeValue build(String type, List<AttributeValue> members) {
        return switch (type) {
            case "SS" -> new AttributeValue.SS(members.stream().map(m -> ((AttributeValue.S) m).value()).toList());
            case "NS" -> new AttributeValue.NS(members.stream().map(m -> ((AttributeValue.N) m).value()).toList());
            default -> new AttributeValue.BS(members.stream().map(m -> ((AttributeValue.B) m).value()).toList());
        };
    }
}
