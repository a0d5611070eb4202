package dev.cairn.core.expression;

import static dev.cairn.core.expression.Fixtures.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ExpressionAttributeNames/Values checks; messages are DynamoDB Local 3.3.1's answers to Scan. */
class ExpressionContextTest {

    private static Map<String, AttributeValue> values(String... keys) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (String k : keys) {
            map.put(k, n("5"));
        }
        return map;
    }

    private static Map<String, String> names(String... keys) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String k : keys) {
            map.put(k, "n");
        }
        return map;
    }

    private static String unused(Map<String, String> names, Map<String, AttributeValue> values, String text) {
        ExpressionContext ctx = new ExpressionContext(names, values);
        Expressions.filter(text, ctx);
        return assertThrows(ApiException.class, ctx::checkAllUsed).getMessage();
    }

    @Test
    void unusedValuesAreListedInDynamoDbsOrder() {
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:a, :w}",
                unused(null, values(":v", ":w", ":a"), "n = :v"));
        assertEquals("Value provided in ExpressionAttributeValues unused in expressions: keys: {:z, :m, :a, :b, :bb}",
                unused(null, values(":v", ":z", ":a", ":m", ":bb", ":b"), "n = :v"));
    }

    @Test
    void unusedNamesAreReportedBeforeUnusedValues() {
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#bb, #z, #m, #a, #b}",
                unused(names("#z", "#a", "#m", "#bb", "#b"), values(":v"), "n = :v"));
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#z}",
                unused(names("#z"), values(":v", ":a"), "n = :v"));
        assertEquals("Value provided in ExpressionAttributeNames unused in expressions: keys: {#c, #b}",
                unused(names("#a", "#b", "#c"), values(":v"), "#a = :v"));
    }

    @Test
    void everythingUsedAcrossSeveralExpressionsPasses() {
        ExpressionContext ctx = new ExpressionContext(names("#a"), values(":v", ":w"));
        Expressions.filter("#a = :v", ctx);
        Expressions.projection("#a", ctx);
        Expressions.condition("n = :w", ctx);
        ctx.checkAllUsed();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "n | ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"",
        "# | ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"",
    })
    void malformedNameKeysAreRejected(String key, String message) {
        ApiException e = assertThrows(ApiException.class, () -> new ExpressionContext(Map.of(key, "x"), null));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "v | ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
        "#x | ExpressionAttributeValues contains invalid key: Syntax error; key: \"#x\"",
        ": | ExpressionAttributeValues contains invalid key: Syntax error; key: \":\"",
    })
    void malformedValueKeysAreRejected(String key, String message) {
        ApiException e = assertThrows(ApiException.class, () -> new ExpressionContext(null, Map.of(key, n("1"))));
        assertEquals(message, e.getMessage());
    }

    @Test
    void emptyMapsAndEmptyNamesAreRejected() {
        assertEquals("ExpressionAttributeNames must not be empty",
                assertThrows(ApiException.class, () -> new ExpressionContext(Map.of(), null)).getMessage());
        assertEquals("ExpressionAttributeValues must not be empty",
                assertThrows(ApiException.class, () -> new ExpressionContext(null, Map.of())).getMessage());
        assertEquals("ExpressionAttributeNames contains invalid value: Empty attribute name for key #n",
                assertThrows(ApiException.class, () -> new ExpressionContext(Map.of("#n", ""), null)).getMessage());
    }

    @Test
    void placeholderKeysMayStartWithDigits() {
        ExpressionContext ctx = new ExpressionContext(Map.of("#1", "n"), Map.of(":1", n("5")));
        Expressions.filter("#1 = :1", ctx);
        ctx.checkAllUsed();
    }

    @Test
    void parsedExpressionsAreReusedAcrossRequests() {
        ExpressionContext first = new ExpressionContext(Map.of("#a", "x"), Map.of(":v", n("1")));
        ExpressionContext second = new ExpressionContext(Map.of("#a", "y"), Map.of(":v", n("2")));
        ConditionExpression a = Expressions.condition("#a = :v", first);
        ConditionExpression b = Expressions.condition("#a = :v", second);
        assertEquals(true, a.test(Map.of("x", n("1"))));
        assertEquals(false, b.test(Map.of("x", n("1"))));
        assertEquals(true, b.test(Map.of("y", n("2"))));
    }
}
