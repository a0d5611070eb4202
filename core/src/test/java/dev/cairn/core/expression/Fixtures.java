package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.TestValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items and placeholder values shared by the expression tests, mirroring the DynamoDB Local probes. */
final class Fixtures extends TestValues {

    private Fixtures() {}

    static AttributeValue m(Object... pairs) {
        return new AttributeValue.M(map(pairs));
    }

    static Map<String, AttributeValue> map(Object... pairs) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return map;
    }

    /** The item the condition probes ran against. */
    static Map<String, AttributeValue> item() {
        return map("pk", s("a"), "sk", n("1"), "s", s("hello"), "n", n("5"),
                "l", l(n("1"), s("x"), l(n("2"))),
                "m", m("x", n("1"), "y", m("z", s("q"))),
                "ss", ss("a", "b"), "ns", ns("1", "2"), "bs", new AttributeValue.BS(List.of(new byte[] {1})),
                "b", b(1, 2), "t", new AttributeValue.Bool(true), "nu", new AttributeValue.Null(true));
    }

    /** Values for every placeholder the tests use; the context keeps only those the text mentions. */
    static final Map<String, AttributeValue> VALUES = map(
            ":v", n("5"), ":w", n("9"), ":one", n("1"), ":five", n("5.0"),
            ":s", s("he"), ":hello", s("hello"), ":a", s("a"), ":b", s("b"), ":x", s("x"), ":z", s("z"),
            ":S", s("S"), ":N", s("N"), ":bad", s("he"), ":l", l(s("z")), ":emptyl", l(), ":bin", b(1), ":bin0", b(0),
            ":ss", ss("b", "c"), ":ssall", ss("a", "b"), ":ns", ns("2"), ":q", s("q"), ":t", new AttributeValue.Bool(true),
            ":m", m("x", n("1")), ":x1", m("z", s("q")));

    static ExpressionContext context(String text) {
        return context(text, null);
    }

    static ExpressionContext context(String text, Map<String, String> names) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        VALUES.forEach((k, v) -> {
            if (text.matches("(?s).*" + java.util.regex.Pattern.quote(k) + "(?![A-Za-z0-9_]).*")) {
                values.put(k, v);
            }
        });
        return new ExpressionContext(names, values.isEmpty() ? null : values);
    }
}
