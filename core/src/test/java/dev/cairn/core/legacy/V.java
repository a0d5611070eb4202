package dev.cairn.core.legacy;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.TestValues;
import dev.cairn.api.model.Condition;
import dev.cairn.api.model.ExpectedAttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values and the item the DynamoDB Local probes used (table legacy_h, item pk=a). */
final class V extends TestValues {

    private V() {}

    static AttributeValue m() {
        return new AttributeValue.M(Map.of());
    }

    static AttributeValue bool() {
        return new AttributeValue.Bool(true);
    }

    static AttributeValue nul() {
        return new AttributeValue.Null(true);
    }

    /** pk=a, n=5, s=hello, ss={x,y}, l=[x,1], b=0x0102. */
    static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("a"));
        item.put("n", n("5"));
        item.put("s", s("hello"));
        item.put("ss", ss("x", "y"));
        item.put("l", l(s("x"), n("1")));
        item.put("b", b(1, 2));
        return item;
    }

    static Condition cond(String op, AttributeValue... values) {
        return new Condition(op, List.of(values));
    }

    static ExpectedAttributeValue value(AttributeValue v) {
        return new ExpectedAttributeValue(v, null, null, null);
    }

    static ExpectedAttributeValue exists(Boolean exists, AttributeValue v) {
        return new ExpectedAttributeValue(v, exists, null, null);
    }

    static ExpectedAttributeValue op(String op, AttributeValue... values) {
        return new ExpectedAttributeValue(null, null, op, List.of(values));
    }

    /** Name/value pairs in order. */
    @SuppressWarnings("unchecked")
    static <T> Map<String, T> map(Object... pairs) {
        Map<String, T> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (T) pairs[i + 1]);
        }
        return map;
    }
}
