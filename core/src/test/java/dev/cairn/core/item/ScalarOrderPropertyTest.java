package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.KeyCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** compareScalars and the key codec agree, so in-memory comparisons match storage order. */
class ScalarOrderPropertyTest {

    @Property(tries = 2000)
    void stringOrderIsUtf8ByteOrder(@ForAll("strings") String a, @ForAll("strings") String b) {
        int bytes = Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        assertThat(Integer.signum(AttributeValues.compareScalars(AttributeValue.s(a), AttributeValue.s(b))))
                .isEqualTo(Integer.signum(bytes));
    }

    @Property(tries = 2000)
    void numberOrderIsKeyOrder(@ForAll("numbers") String a, @ForAll("numbers") String b) {
        int keys = Arrays.compareUnsigned(KeyCodec.encode(AttributeValue.n(a)), KeyCodec.encode(AttributeValue.n(b)));
        assertThat(Integer.signum(AttributeValues.compareScalars(AttributeValue.n(a), AttributeValue.n(b))))
                .isEqualTo(Integer.signum(keys));
    }

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.integers().between(0, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMaxSize(4)
                .map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.integers().between(-999, 999)
                .flatMap(i -> Arbitraries.integers().between(-130, 120).map(e -> i + "E" + e));
    }
}
