package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What ADD and DELETE do to an attribute's current value. ADD to a missing attribute stores the
 * value (a number starts from 0), adds numbers, unites sets of the same type and appends lists;
 * DELETE of a set value removes those members (the attribute goes when none is left) and is a
 * no-op on a missing attribute. Any other pairing of types is DynamoDB's runtime "Type mismatch".
 */
final class UpdateActions {

    private UpdateActions() {}

    static AttributeValue add(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return value;
        }
        if (old instanceof AttributeValue.N x && value instanceof AttributeValue.N y) {
            return new AttributeValue.N(Numbers.canonical(Numbers.add(Numbers.parse(x.value()), Numbers.parse(y.value()))));
        }
        if (old instanceof AttributeValue.L x && value instanceof AttributeValue.L y) {
            List<AttributeValue> joined = new ArrayList<>(x.value());
            joined.addAll(y.value());
            return new AttributeValue.L(List.copyOf(joined));
        }
        if (AttributeUpdate.isSet(old) && old.type().equals(value.type())) {
            List<Object> members = new ArrayList<>(members(old));
            for (Object m : members(value)) {
                if (!containsMember(members, m, old)) {
                    members.add(m);
                }
            }
            return build(old.type(), members);
        }
        throw mismatch();
    }

    /** @return the remaining set, or null when the attribute is to be removed */
    static AttributeValue delete(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return null;
        }
        if (!old.type().equals(value.type())) {
            throw mismatch();
        }
        List<Object> removed = members(value);
        List<Object> left = new ArrayList<>();
        for (Object m : members(old)) {
            if (!containsMember(removed, m, old)) {
                left.add(m);
            }
        }
        return left.isEmpty() ? null : build(old.type(), left);
    }

    private static List<Object> members(AttributeValue set) {
        if (set instanceof AttributeValue.SS ss) {
            return new ArrayList<>(ss.value());
        }
        if (set instanceof AttributeValue.NS ns) {
            return new ArrayList<>(ns.value());
        }
        return new ArrayList<>(((AttributeValue.BS) set).value());
    }

    private static boolean containsMember(List<Object> members, Object candidate, AttributeValue like) {
        for (Object m : members) {
            boolean same = switch (like.type()) {
                case "NS" -> Numbers.parse((String) m).compareTo(Numbers.parse((String) candidate)) == 0;
                case "BS" -> Arrays.equals((byte[]) m, (byte[]) candidate);
                default -> m.equals(candidate);
            };
            if (same) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue build(String type, List<Object> members) {
        List<?> copy = List.copyOf(members);
        return switch (type) {
            case "SS" -> new AttributeValue.SS((List<String>) copy);
            case "NS" -> new AttributeValue.NS((List<String>) copy);
            default -> new AttributeValue.BS((List<byte[]>) copy);
        };
    }

    private static ApiException mismatch() {
        return ApiException.validation("Type mismatch for attribute to update");
    }
}
