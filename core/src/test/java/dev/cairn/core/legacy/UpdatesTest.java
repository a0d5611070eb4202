package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.AttributeValueUpdate;
import dev.cairn.core.expression.UpdateExpression;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AttributeUpdates on an item like legacy_h's pk=u, with the results and messages of DynamoDB Local 3.3.1. */
class UpdatesTest {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private static Map<String, AttributeValue> stored() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("u"));
        item.put("n", n("5"));
        item.put("s", s("hello"));
        item.put("ss", ss("x", "y"));
        item.put("ns", ns("1", "2"));
        item.put("bs", bs(new byte[] {1}));
        item.put("l", l(s("x")));
        return item;
    }

    private static AttributeValueUpdate u(String action, AttributeValue value) {
        return new AttributeValueUpdate(value, action);
    }

    private static AttributeValue after(String attribute, AttributeValueUpdate update) {
        return LegacyUpdates.of(Map.of(attribute, update)).apply(stored()).get(attribute);
    }

    static Stream<Arguments> results() {
        return Stream.of(
                Arguments.of("p", u("PUT", s("v2")), s("v2")),
                Arguments.of("n", u("PUT", s("v")), s("v")),
                Arguments.of("p", u(null, s("v")), s("v")),
                Arguments.of("s", u("DELETE", null), null),
                Arguments.of("zz", u("DELETE", null), null),
                Arguments.of("ss", u("DELETE", ss("x")), ss("y")),
                Arguments.of("ss", u("DELETE", ss("y", "x", "q")), null),
                Arguments.of("ns", u("DELETE", ns("1.0")), ns("2")),
                Arguments.of("bs", u("DELETE", bs(new byte[] {1})), null),
                Arguments.of("zz", u("DELETE", ss("y")), null),
                Arguments.of("n", u("ADD", n("2")), n("7")),
                Arguments.of("n", u("ADD", n("-2.50")), n("2.5")),
                Arguments.of("nn", u("ADD", n("-2")), n("-2")),
                Arguments.of("ns", u("ADD", ns("2", "3")), ns("1", "2", "3")),
                Arguments.of("ss", u("ADD", ss("z")), ss("x", "y", "z")),
                Arguments.of("nss", u("ADD", ss("a")), ss("a")),
                Arguments.of("l", u("ADD", l(s("y"))), l(s("x"), s("y"))),
                Arguments.of("nl", u("ADD", l(s("y"))), l(s("y"))));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("results")
    void eachActionChangesTheAttributeAsDynamoDbDoes(String attribute, AttributeValueUpdate update,
            AttributeValue expected) {
        assertThat(after(attribute, update)).isEqualTo(expected);
    }

    @Test
    void actionsApplyInRequestOrderAndTargetTopLevelAttributes() {
        UpdateExpression update = LegacyUpdates.of(map("n", u("ADD", n("1")), "s", u("DELETE", null),
                "r", u("ADD", ns("1")), "a.b", u("PUT", s("x"))));
        Map<String, AttributeValue> result = update.apply(stored());
        assertThat(result).containsEntry("n", n("6")).containsEntry("r", ns("1")).containsEntry("a.b", s("x"))
                .doesNotContainKey("s");
        assertThat(update.targets()).extracting(p -> p.attributeName()).containsExactly("n", "s", "r", "a.b");
        assertThat(update.targets()).allMatch(p -> p.isTopLevel());
    }

    @Test
    void applyLeavesItsArgumentAlone() {
        Map<String, AttributeValue> item = stored();
        LegacyUpdates.of(Map.of("n", u("DELETE", null))).apply(item);
        assertThat(item).isEqualTo(stored());
    }

    @Test
    void noUpdatesMeansNoUpdate() {
        assertThat(LegacyUpdates.of(null)).isNull();
        assertThat(LegacyUpdates.of(Map.of())).isNull();
    }

    static Stream<Arguments> staticErrors() {
        return Stream.of(
                Arguments.of(map("p", u("PUT", null)), INVALID + "Only DELETE action is allowed when no attribute value is specified"),
                Arguments.of(map("p", u(null, null)), INVALID + "Only DELETE action is allowed when no attribute value is specified"),
                Arguments.of(map("n", u("ADD", null)), INVALID + "Only DELETE action is allowed when no attribute value is specified"),
                Arguments.of(map("p", u("XX", s("v"))), "Member must satisfy enum value set: [ADD, DELETE, PUT]"),
                Arguments.of(map("p", u("put", s("v"))), "Member must satisfy enum value set: [ADD, DELETE, PUT]"),
                Arguments.of(map("n", u("XX", null)), "Member must satisfy enum value set: [ADD, DELETE, PUT]"),
                Arguments.of(map("n", u("DELETE", n("5"))), INVALID + "DELETE action with value is not supported for the type NUMBER"),
                Arguments.of(map("n", u("DELETE", s("x"))), INVALID + "DELETE action with value is not supported for the type STRING"),
                Arguments.of(map("n", u("DELETE", b(1))), INVALID + "DELETE action with value is not supported for the type BINARY"),
                Arguments.of(map("n", u("DELETE", bool())), INVALID + "DELETE action with value is not supported for the type BOOLEAN"),
                Arguments.of(map("n", u("DELETE", nul())), INVALID + "DELETE action with value is not supported for the type NULL"),
                Arguments.of(map("n", u("DELETE", l())), INVALID + "DELETE action with value is not supported for the type LIST"),
                Arguments.of(map("n", u("DELETE", m())), INVALID + "DELETE action with value is not supported for the type MAP"),
                Arguments.of(map("n", u("ADD", s("x"))), INVALID + "ADD action is not supported for the type STRING"),
                Arguments.of(map("n", u("ADD", b(1))), INVALID + "ADD action is not supported for the type BINARY"),
                Arguments.of(map("n", u("ADD", bool())), INVALID + "ADD action is not supported for the type BOOLEAN"),
                Arguments.of(map("n", u("ADD", nul())), INVALID + "ADD action is not supported for the type NULL"),
                Arguments.of(map("n", u("ADD", m())), INVALID + "ADD action is not supported for the type MAP"),
                Arguments.of(map("n", u("ADD", n("x"))), "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(map("n", u("DELETE", n("x"))), "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(map("n", u("PUT", ss())), INVALID + "An string set  may not be empty"),
                Arguments.of(map("n", u("DELETE", ss())), INVALID + "An string set  may not be empty"),
                Arguments.of(map("", u("DELETE", null)), "Empty attribute name"),
                Arguments.of(map("n", u("ADD", s("x")), "", u("DELETE", null)), INVALID + "ADD action is not supported for the type STRING"),
                Arguments.of(map("", u("DELETE", null), "n", u("ADD", s("x"))), "Empty attribute name"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("staticErrors")
    void invalidAttributeUpdatesAreRejectedBeforeReadingTheItem(Map<String, AttributeValueUpdate> updates,
            String message) {
        assertThatThrownBy(() -> LegacyUpdates.of(updates)).isInstanceOf(ApiException.class).hasMessage(message);
    }

    static Stream<Arguments> runtimeErrors() {
        return Stream.of(
                Arguments.of("n", u("ADD", l(s("z"))), "Type mismatch for attribute to update"),
                Arguments.of("ns", u("ADD", ss("2")), "Type mismatch for attribute to update"),
                Arguments.of("s", u("ADD", n("2")), "Type mismatch for attribute to update"),
                Arguments.of("s", u("ADD", l(s("y"))), "Type mismatch for attribute to update"),
                Arguments.of("ns", u("DELETE", ss("y")), "Type mismatch for attribute to update"),
                Arguments.of("s", u("DELETE", ss("y")), "Type mismatch for attribute to update"),
                Arguments.of("n", u("ADD", n("9.9999999999999999999999999999999999999E+125")),
                        "Number overflow. Attempting to store a number with magnitude larger than supported range"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("runtimeErrors")
    void actionClashingWithTheStoredTypeFailsWhenApplied(String attribute, AttributeValueUpdate update, String message) {
        UpdateExpression expression = LegacyUpdates.of(Map.of(attribute, update));
        assertThatThrownBy(() -> expression.apply(stored())).isInstanceOf(ApiException.class).hasMessage(message);
    }

    @Test
    void addingBeyondTheNumberRangeOverflows() {
        UpdateExpression expression = LegacyUpdates.of(Map.of("n", u("ADD", n("9.9E125"))));
        Map<String, AttributeValue> item = Map.of("n", n("9.9E125"));
        assertThatThrownBy(() -> expression.apply(item)).hasMessage(
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }
}
