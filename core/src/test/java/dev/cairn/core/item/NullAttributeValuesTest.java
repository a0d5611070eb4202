package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A null where an attribute value belongs, as the JSON reader now keeps it and as an embedded caller
 * can pass it, is refused and never dropped (the issue 14 finding: {@code "d": null} was stored as
 * an item without d). Before the fix each of these passed validation, or failed with a
 * NullPointerException. Messages: DynamoDB Local 3.3.1; the list element's, as real DynamoDB gave
 * it (aws/aws-sdk-java issue 2103).
 */
class NullAttributeValuesTest {

    private static final String NULL_VALUE = "The supplied Item contains a null AttributeValue";

    @Test
    void nullItemValueIsRefusedNamingTheAttribute() {
        assertThatThrownBy(() -> AttributeValues.checkedItem(item("pk", AttributeValue.s("a"), "d", null)))
                .isInstanceOf(ApiException.class).hasMessage(NULL_VALUE + ": d is null");
    }

    @Test
    void nullListElementIsRefused() {
        AttributeValue list = new AttributeValue.L(Arrays.asList(AttributeValue.s("x"), null));
        assertThatThrownBy(() -> AttributeValues.checkedItem(item("pk", AttributeValue.s("a"), "d", list)))
                .isInstanceOf(ApiException.class).hasMessage(NULL_VALUE);
    }

    @Test
    void nullNestedMapValueIsRefusedNamingTheEntry() {
        AttributeValue map = new AttributeValue.M(item("x", null, "y", AttributeValue.s("z")));
        assertThatThrownBy(() -> AttributeValues.checkedItem(item("pk", AttributeValue.s("a"), "d", map)))
                .isInstanceOf(ApiException.class).hasMessage(NULL_VALUE + ": x is null");
    }

    @Test
    void nullSetMembersAreRefused() {
        assertThatThrownBy(() -> AttributeValues.validate(new AttributeValue.SS(Arrays.asList("a", null))))
                .hasMessage("One or more parameter values were invalid: An string set may not have a null string as a member");
        assertThatThrownBy(() -> AttributeValues.validate(new AttributeValue.NS(Arrays.asList("1", null))))
                .hasMessage("A value provided cannot be converted into a number");
        assertThatThrownBy(() -> AttributeValues.validate(new AttributeValue.BS(Arrays.asList(new byte[] {1}, null))))
                .hasMessage("One or more parameter values were invalid: A binary set may not have a null binary as a member");
    }

    @Test
    void nullExpressionValueIsRefusedNamingThePlaceholder() {
        assertThatThrownBy(() -> AttributeValues.checkedExpressionValues(item(":v", null, ":w", AttributeValue.s("a"))))
                .hasMessage("ExpressionAttributeValues contains invalid value: " + NULL_VALUE + " for key :v");
    }

    @Test
    void keyWithNullValueOrEmptyNameIsRefusedBeforeItsSchemaFit() {
        assertThatThrownBy(() -> AttributeValues.checkTopLevelEntries(item("pk", null, "sk", AttributeValue.s("a"))))
                .hasMessage(NULL_VALUE + ": pk is null");
        assertThatThrownBy(() -> AttributeValues.checkTopLevelEntries(item("pk", AttributeValue.s("a"), "", AttributeValue.s("b"))))
                .hasMessage("Empty attribute name");
        assertThatCode(() -> AttributeValues.checkTopLevelEntries(Map.of("pk", AttributeValue.s("a"))))
                .doesNotThrowAnyException();
    }

    private static Map<String, AttributeValue> item(String n1, AttributeValue v1, String n2, AttributeValue v2) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(n1, v1);
        item.put(n2, v2);
        return item;
    }
}
