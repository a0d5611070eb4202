package dev.cairn.core.expression;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies resolved update actions to a copy of an item. Every operand is read from the item as it
 * was before the update (DynamoDB evaluates all of them first); REMOVEs run last, deepest and highest
 * list index first, so removing l[1] and l[2] means the original elements. Setting a list element past
 * the end appends. A nested path whose parent is missing or of the wrong type is rejected, as are
 * operands of the wrong type; these are runtime errors, worded without the "Invalid ..." prefix.
 */
final class UpdateApplier {

    private static final Comparator<DocumentPath> DEEPEST_LAST_FIRST = (x, y) -> {
        for (int k = 0; k < Math.min(x.elements().size(), y.elements().size()); k++) {
            int c = compare(x.elements().get(k), y.elements().get(k));
            if (c != 0) {
                return -c;
            }
        }
        return Integer.compare(y.elements().size(), x.elements().size());
    };

    private UpdateApplier() {}

    static Map<String, AttributeValue> apply(List<UpdateAction> actions, Map<String, AttributeValue> item) {
        List<AttributeValue> values = new ArrayList<>();
        for (UpdateAction action : actions) {
            values.add(action.value() == null ? null : evaluate(action.value(), item));
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>(item);
        List<DocumentPath> removals = new ArrayList<>();
        for (int i : inPathOrder(actions)) {
            UpdateAction action = actions.get(i);
            AttributeValue value = values.get(i);
            switch (action.clause()) {
                case SET -> modify(result, action.path(), old -> value);
                case ADD -> modify(result, action.path(), old -> add(old, value));
                case DELETE -> modify(result, action.path(), old -> delete(old, value));
                case REMOVE -> removals.add(action.path());
            }
        }
        removals.sort(DEEPEST_LAST_FIRST);
        removals.forEach(path -> modify(result, path, old -> null));
        return result;
    }

    /**
     * The order actions are applied in: paths never overlap, so only appends to one list depend on
     * it, and DynamoDB appends several elements set past a list's end in index order, whatever the
     * order of their clauses (SET l[10] = :a, l[5] = :b appends :b, then :a).
     */
    private static List<Integer> inPathOrder(List<UpdateAction> actions) {
        List<Integer> order = new ArrayList<>(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> -DEEPEST_LAST_FIRST.compare(actions.get(a).path(), actions.get(b).path()));
        return order;
    }

    private static AttributeValue evaluate(Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof Operand.Constant c) {
            return c.value();
        }
        if (operand instanceof Operand.PathRef p) {
            AttributeValue v = p.path().get(item);
            if (v == null) {
                throw ApiException.validation("The provided expression refers to an attribute that does not exist in the item");
            }
            return v;
        }
        if (operand instanceof Operand.IfNotExists f) {
            AttributeValue v = f.path().get(item);
            return v != null ? v : evaluate(f.fallback(), item);
        }
        if (operand instanceof Operand.ListAppend la) {
            AttributeValue a = evaluate(la.first(), item);
            AttributeValue b = evaluate(la.second(), item);
            if (!(a instanceof AttributeValue.L x) || !(b instanceof AttributeValue.L y)) {
                throw wrongType();
            }
            List<AttributeValue> joined = new ArrayList<>(x.value());
            joined.addAll(y.value());
            return new AttributeValue.L(List.copyOf(joined));
        }
        Operand.Arithmetic a = (Operand.Arithmetic) operand;
        AttributeValue left = evaluate(a.left(), item);
        AttributeValue right = evaluate(a.right(), item);
        if (!(left instanceof AttributeValue.N x) || !(right instanceof AttributeValue.N y)) {
            throw wrongType();
        }
        BigDecimal result = a.operator() == '+'
                ? Numbers.add(Numbers.parse(x.value()), Numbers.parse(y.value()))
                : Numbers.subtract(Numbers.parse(x.value()), Numbers.parse(y.value()));
        return new AttributeValue.N(Numbers.canonical(result));
    }

    private static AttributeValue add(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return value;
        }
        if (old instanceof AttributeValue.N x && value instanceof AttributeValue.N y) {
            return new AttributeValue.N(Numbers.canonical(Numbers.add(Numbers.parse(x.value()), Numbers.parse(y.value()))));
        }
        if (SetValues.isSet(old) && old.type().equals(value.type())) {
            return SetValues.union(old, value);
        }
        throw wrongType();
    }

    private static AttributeValue delete(AttributeValue old, AttributeValue value) {
        if (old == null) {
            return null;
        }
        if (SetValues.isSet(old) && old.type().equals(value.type())) {
            return SetValues.difference(old, value);
        }
        throw wrongType();
    }

    /** Replaces the value at the path by fn(old value or null); a null result removes it. */
    private static void modify(Map<String, AttributeValue> item, DocumentPath path, UnaryOperator<AttributeValue> fn) {
        String top = path.attributeName();
        if (path.isTopLevel()) {
            put(item, top, fn.apply(item.get(top)));
            return;
        }
        AttributeValue container = item.get(top);
        item.put(top, modify(container, path.elements(), 1, fn));
    }

    private static AttributeValue modify(AttributeValue container, List<DocumentPath.Element> elements, int k,
            UnaryOperator<AttributeValue> fn) {
        DocumentPath.Element element = elements.get(k);
        boolean last = k == elements.size() - 1;
        if (element instanceof DocumentPath.Attribute a && container instanceof AttributeValue.M m) {
            Map<String, AttributeValue> copy = new LinkedHashMap<>(m.value());
            AttributeValue child = copy.get(a.name());
            if (last) {
                put(copy, a.name(), fn.apply(child));
            } else {
                copy.put(a.name(), modify(child, elements, k + 1, fn));
            }
            return new AttributeValue.M(copy);
        }
        if (element instanceof DocumentPath.Index i && container instanceof AttributeValue.L l) {
            List<AttributeValue> copy = new ArrayList<>(l.value());
            boolean present = i.index() < copy.size();
            AttributeValue child = present ? copy.get(i.index()) : null;
            AttributeValue updated = last ? fn.apply(child) : modify(child, elements, k + 1, fn);
            if (updated == null) {
                if (present) {
                    copy.remove(i.index());
                }
            } else if (present) {
                copy.set(i.index(), updated);
            } else {
                copy.add(updated);
            }
            return new AttributeValue.L(List.copyOf(copy));
        }
        throw ApiException.validation("The document path provided in the update expression is invalid for update");
    }

    private static void put(Map<String, AttributeValue> map, String key, AttributeValue value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static int compare(DocumentPath.Element x, DocumentPath.Element y) {
        if (x instanceof DocumentPath.Index a && y instanceof DocumentPath.Index b) {
            return Integer.compare(a.index(), b.index());
        }
        if (x instanceof DocumentPath.Attribute a && y instanceof DocumentPath.Attribute b) {
            return a.name().compareTo(b.name());
        }
        return x instanceof DocumentPath.Index ? 1 : -1;
    }

    private static ApiException wrongType() {
        return ApiException.validation("An operand in the update expression has an incorrect data type");
    }
}
