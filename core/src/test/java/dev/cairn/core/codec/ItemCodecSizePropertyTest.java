package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.ItemSize;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The size measured while decoding an item is the size ItemSize measures on the decoded item. */
class ItemCodecSizePropertyTest {

    @Property(tries = 3000)
    void theEncodedSizeIsTheItemsSize(@ForAll("items") Map<String, AttributeValue> item) {
        ItemCodec.Sized decoded = ItemCodec.decodeSized(ItemCodec.encode(item), 0);
        assertThat(decoded.item()).isEqualTo(item);
        assertThat(decoded.size()).isEqualTo(ItemSize.of(item));
    }

    @Property(tries = 1000)
    void theEncodedSizeAfterAHeaderIsTheItemsSize(@ForAll("items") Map<String, AttributeValue> item) {
        ByteWriter out = new ByteWriter(64).write(0x7F).write(0x7F);
        ItemCodec.encode(item, out);
        ItemCodec.Sized decoded = ItemCodec.decodeSized(out.toByteArray(), 2);
        assertThat(decoded.item()).isEqualTo(item);
        assertThat(decoded.size()).isEqualTo(ItemSize.of(item));
    }

    /** Items written before numbers were stored as text hold NumberCodec's base-100 form. */
    @Example
    void numbersInTheOlderBase100FormAreSizedAsTheirText() {
        ByteWriter out = new ByteWriter(64).write(ItemTags.VERSION_1).writeVarint(2);
        out.writeVarint(1).write('n').write(ItemTags.N);
        NumberCodec.encode("-123.45", out);
        out.writeVarint(2).write('n').write('s').write(ItemTags.NS).writeVarint(2);
        NumberCodec.encode("100", out);
        NumberCodec.encode("0.5", out);
        byte[] encoded = out.toByteArray();

        Map<String, AttributeValue> item = ItemCodec.decode(encoded);
        assertThat(item).isEqualTo(Map.of("n", AttributeValue.n("-123.45"),
                "ns", new AttributeValue.NS(List.of("100", "0.5"))));
        assertThat(ItemCodec.decodeSized(encoded, 0)).isEqualTo(new ItemCodec.Sized(item, ItemSize.of(item)));
    }

    @Provide
    Arbitrary<Map<String, AttributeValue>> items() {
        return AttributeValueArbitraries.items();
    }
}
