package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cheap size bound a write applies first: it refuses an item of 400,000 small attributes without
 * looking inside its values, and never refuses an item that is within the 400 KB limit, whatever its
 * shape (multi-byte text, nested documents, sets, numbers).
 */
class ItemSizeLowerBoundTest {

    @Test
    void itemOf400000SmallAttributesIsRefusedWithDynamoDbsMessage() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < 400_000; i++) {
            item.put("a" + i, AttributeValue.n("1"));
        }

        assertThatThrownBy(() -> ItemSize.checkLowerBound(item)).isInstanceOf(ApiException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void boundIsReachedWithoutLookingAtTheValuesAfterIt() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("big", AttributeValue.s("x".repeat(ItemSize.MAX_ITEM_BYTES)));
        item.put("bad", AttributeValue.n("not a number"));

        assertThatThrownBy(() -> ItemSize.checkLowerBound(item))
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    static Stream<Map<String, AttributeValue>> itemsOfExactlyTheLimit() {
        String threeBytes = "\u65e5".repeat(ItemSize.MAX_ITEM_BYTES / 3 - 2);
        return Stream.of(
                Map.of("pk", AttributeValue.s("x".repeat(ItemSize.MAX_ITEM_BYTES - 2))),
                Map.of("pk", AttributeValue.s("k"), "t", AttributeValue.s(threeBytes + "ab")),
                Map.of("pk", AttributeValue.s("k"), "b", AttributeValue.b(new byte[ItemSize.MAX_ITEM_BYTES - 4])),
                Map.of("pk", AttributeValue.s("k"), "m", new AttributeValue.M(Map.of("in",
                        AttributeValue.s("y".repeat(ItemSize.MAX_ITEM_BYTES - 3 - 1 - 3 - 1 - 2))))),
                Map.of("pk", AttributeValue.s("k"), "l", new AttributeValue.L(List.of(AttributeValue.n("1"),
                        AttributeValue.s("z".repeat(ItemSize.MAX_ITEM_BYTES - 3 - 1 - 3 - 2 - 2))))),
                manySmallAttributes());
    }

    /** Attributes of one-char names and one-digit numbers (3 bytes each), filled to the limit. */
    private static Map<String, AttributeValue> manySmallAttributes() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        int size = 0;
        for (int i = 0; size + ItemSize.attribute("n" + i, AttributeValue.n("1")) <= ItemSize.MAX_ITEM_BYTES; i++) {
            size += ItemSize.attribute("n" + i, AttributeValue.n("1"));
            item.put("n" + i, AttributeValue.n("1"));
        }
        return item;
    }

    @ParameterizedTest
    @MethodSource("itemsOfExactlyTheLimit")
    void itemWithinTheLimitIsNeverRefused(Map<String, AttributeValue> item) {
        assertThat(ItemSize.of(item)).isBetween(ItemSize.MAX_ITEM_BYTES - 10, ItemSize.MAX_ITEM_BYTES);

        assertThatCode(() -> ItemSize.checkLowerBound(item)).doesNotThrowAnyException();
        assertThatCode(() -> ItemSize.check(item)).doesNotThrowAnyException();
    }
}
