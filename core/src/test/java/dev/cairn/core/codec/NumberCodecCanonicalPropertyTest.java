package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import java.math.BigDecimal;
import java.util.HexFormat;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Keys are stored, so the number encoding read off canonical text must write, byte for byte, what
 * the BigDecimal encoder wrote; and item sizes must count the same base-100 digits.
 */
class NumberCodecCanonicalPropertyTest {

    private static final HexFormat HEX = HexFormat.of();

    @Property(tries = 20_000)
    void keyBytesAndErrorsAreThoseOfTheBigDecimalEncoder(@ForAll("texts") String text) {
        String viaBigDecimal = NumbersFastPathPropertyTest.outcome(() -> {
            ByteWriter out = new ByteWriter();
            NumberCodec.encode(Numbers.parse(text), out);
            return HEX.formatHex(out.toByteArray());
        });
        String fromText = NumbersFastPathPropertyTest.outcome(() -> {
            ByteWriter out = new ByteWriter();
            NumberCodec.encode(text, out);
            return HEX.formatHex(out.toByteArray());
        });
        assertThat(fromText).isEqualTo(viaBigDecimal);
    }

    @Property(tries = 10_000)
    void canonicalTextEncodesAsTheBigDecimalAcrossTheWholeRange(@ForAll("numbers") BigDecimal value) {
        ByteWriter expected = new ByteWriter();
        NumberCodec.encode(value, expected);
        for (String text : NumbersFastPathPropertyTest.renderings(value)) {
            ByteWriter actual = new ByteWriter();
            NumberCodec.encode(text, actual);
            assertThat(HEX.formatHex(actual.toByteArray())).as(text).isEqualTo(HEX.formatHex(expected.toByteArray()));
        }
        ByteWriter direct = new ByteWriter();
        NumberCodec.encodeCanonical(Numbers.canonical(value), direct);
        assertThat(direct.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Property(tries = 10_000)
    void base100DigitsOfTheTextAreThoseOfTheBigDecimal(@ForAll("texts") String text) {
        BigDecimal value;
        try {
            value = Numbers.parse(text);
        } catch (ApiException e) {
            return;
        }
        String canonical = Numbers.canonical(text);
        assertThat(NumberCodec.base100Digits(canonical)).isEqualTo(NumberCodec.base100Digits(value));
        assertThat(canonical.startsWith("-")).isEqualTo(value.signum() < 0);
    }

    @Property(tries = 5_000)
    void base100DigitsAgreeAcrossTheWholeRange(@ForAll("numbers") BigDecimal value) {
        assertThat(NumberCodec.base100Digits(Numbers.canonical(value))).isEqualTo(NumberCodec.base100Digits(value));
    }

    @Provide
    Arbitrary<String> texts() {
        return NumberTexts.any();
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return NumberTexts.numbers();
    }
}
