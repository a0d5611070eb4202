package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DynamoDB's 32 levels: 31 maps or lists inside one another are accepted, 32 refused, however deep the value. */
class ItemNestingTest {

    private static final String TOO_DEEP = "Nesting Levels have exceeded supported limits: "
            + "Attributes in the item have nested levels beyond supported limit";

    @Test
    void thirtyOneContainersInsideOneAnotherAreAccepted() {
        Map<String, AttributeValue> item = Map.of("pk", new AttributeValue.S("a"), "doc", wrapped(31, false));

        assertThat(AttributeValues.checkedItem(item)).isEqualTo(item);
    }

    @Test
    void thirtyTwoAreRefusedWhetherMapsOrLists() {
        for (boolean lists : new boolean[] {false, true}) {
            Map<String, AttributeValue> item = Map.of("doc", wrapped(32, lists));

            assertThatThrownBy(() -> AttributeValues.checkedItem(item)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                assertThat(e.getMessage()).isEqualTo(TOO_DEEP);
            });
        }
    }

    @Test
    void aValueNestedAHundredThousandLevelsIsRefusedWithoutOverflowingTheStack() {
        Map<String, AttributeValue> item = Map.of("doc", wrapped(100_000, true));

        assertThatThrownBy(() -> AttributeValues.checkedItem(item)).hasMessage(TOO_DEEP);
    }

    @Test
    void anUpdatedItemTooDeepHasUpdateItemsShorterMessage() {
        Map<String, AttributeValue> item = Map.of("doc", wrapped(32, false));

        assertThatThrownBy(() -> ItemNesting.checkUpdated(item)).hasMessage("Nesting Levels have exceeded supported limits");
    }

    /** {@code depth} maps (or lists) one inside another around a number. */
    private static AttributeValue wrapped(int depth, boolean lists) {
        AttributeValue value = new AttributeValue.N("1");
        for (int i = 0; i < depth; i++) {
            value = lists ? new AttributeValue.L(List.of(value)) : new AttributeValue.M(Map.of("v", value));
        }
        return value;
    }
}
