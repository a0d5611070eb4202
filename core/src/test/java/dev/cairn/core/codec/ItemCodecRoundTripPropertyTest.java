package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid item, however nested, comes back from the item codec exactly as it went in. */
class ItemCodecRoundTripPropertyTest {

    @Property(tries = 2000)
    void itemsRoundTripExactlyIncludingOrder(@ForAll("items") Map<String, AttributeValue> item) {
        Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(item));
        assertThat(decoded).isEqualTo(item);
        assertThat(decoded.keySet()).containsExactlyElementsOf(item.keySet());
    }

    @Property(tries = 2000)
    void canonicalNumbersRoundTripVerbatim(@ForAll("numbers") String number) {
        Map<String, AttributeValue> item = Map.of("n", AttributeValue.n(number));
        assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
    }

    @Provide
    Arbitrary<Map<String, AttributeValue>> items() {
        return AttributeValueArbitraries.items();
    }

    @Provide
    Arbitrary<String> numbers() {
        return AttributeValueArbitraries.canonicalNumbers();
    }
}
