package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.model.AttributeValue;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Stored rows outlive releases: this pins the version byte, the tags and the layout. */
    @Test
    void theStoredFormatNeverChanges() {
        Map<String, AttributeValue> item = sampleItem();
        String expected = "01" + "0b"
                + "0173" + "01" + "02c3a9"
                + "016e" + "0c" + "042d312e35"
                + "0162" + "03" + "0200ff"
                + "0174" + "04"
                + "0166" + "05"
                + "017a" + "06"
                + "016d" + "07" + "01" + "016b" + "0c" + "0130"
                + "016c" + "08" + "01" + "01" + "00"
                + "027373" + "09" + "02" + "0162" + "0161"
                + "026e73" + "0d" + "02" + "0132" + "0131"
                + "026273" + "0b" + "01" + "0107";
        assertThat(HEX.formatHex(ItemCodec.encode(item))).isEqualTo(expected);
        assertThat(ItemCodec.decode(HEX.parseHex(expected))).isEqualTo(item);
    }

    /** Items written before numbers were stored as text (tags 0x02 and 0x0A) still read back the same. */
    @Test
    void itemsWithBase100NumbersStillDecode() {
        String written = "01" + "0b"
                + "0173" + "01" + "02c3a9"
                + "016e" + "02" + "3efdccff"
                + "0162" + "03" + "0200ff"
                + "0174" + "04"
                + "0166" + "05"
                + "017a" + "06"
                + "016d" + "07" + "01" + "016b" + "02" + "8000"
                + "016c" + "08" + "01" + "01" + "00"
                + "027373" + "09" + "02" + "0162" + "0161"
                + "026e73" + "0a" + "02" + "c10300" + "c10200"
                + "026273" + "0b" + "01" + "0107";
        assertThat(ItemCodec.decode(HEX.parseHex(written))).isEqualTo(sampleItem());
    }

    private static Map<String, AttributeValue> sampleItem() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.s("é"));
        item.put("n", AttributeValue.n("-1.5"));
        item.put("b", AttributeValue.b(new byte[] {0, (byte) 0xFF}));
        item.put("t", new AttributeValue.Bool(true));
        item.put("f", new AttributeValue.Bool(false));
        item.put("z", new AttributeValue.Null(true));
        item.put("m", new AttributeValue.M(Map.of("k", AttributeValue.n("0"))));
        item.put("l", new AttributeValue.L(List.of(AttributeValue.s(""))));
        item.put("ss", new AttributeValue.SS(List.of("b", "a")));
        item.put("ns", new AttributeValue.NS(List.of("2", "1")));
        item.put("bs", new AttributeValue.BS(List.of(new byte[] {7})));
        return item;
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({"1.0E2, 100", "-0, 0", "0.50, 0.5", "1e-5, 0.00001", "+7, 7", "12.3400, 12.34"})
    void numbersAreStoredInCanonicalForm(String sent, String stored) {
        Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(Map.of(
                "n", AttributeValue.n(sent), "ns", new AttributeValue.NS(List.of(sent)))));
        assertThat(decoded.get("n")).isEqualTo(AttributeValue.n(stored));
        assertThat(decoded.get("ns")).isEqualTo(new AttributeValue.NS(List.of(stored)));
    }

    @Test
    void setsKeepTheirElementOrder() {
        Map<String, AttributeValue> item = Map.of("ss", new AttributeValue.SS(List.of("c", "a", "b")));
        assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
    }

    @Test
    void longValuesUseMultiByteLengths() {
        String big = "x".repeat(409_600);
        Map<String, AttributeValue> item = Map.of("s", AttributeValue.s(big));
        assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
    }

    @Test
    void nullFalseIsNotStorable() {
        assertThatThrownBy(() -> ItemCodec.encode(Map.of("z", new AttributeValue.Null(false))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corruptBytesAreRejected() {
        byte[] good = ItemCodec.encode(Map.of("s", AttributeValue.s("abc")));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        byte[] wrongVersion = good.clone();
        wrongVersion[0] = 0x7F;
        assertThatThrownBy(() -> ItemCodec.decode(truncated)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemCodec.decode(wrongVersion)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemCodec.decode(HEX.parseHex("0101016199"))).isInstanceOf(IllegalArgumentException.class);
    }
}
