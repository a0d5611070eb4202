package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codec's shortcut may only say "canonical" for text that {@link Numbers#canonical} leaves unchanged. */
class NumbersPlainCanonicalTest {

    @ParameterizedTest
    @CsvSource({"0,true", "-0,false", "7,true", "-7,true", "10,true", "0.5,true", "-0.05,true", "1.50,false",
            "1.,false", ".5,false", "01,false", "1e3,false", "1E+3,false", "+1,false", "1.0,false", "0.0,false",
            "'',false", "-,false", "1.2.3,false"})
    void recognisesCanonicalTextWithoutParsing(String text, boolean canonical) {
        assertThat(Numbers.isPlainCanonical(text)).isEqualTo(canonical);
    }

    @Property(tries = 2000)
    void everyTextItAcceptsIsCanonical(@ForAll @BigRange(min = "-1e12", max = "1e12") @Scale(6) BigDecimal value) {
        for (String text : new String[] {value.toPlainString(), value.toString(), Numbers.canonical(value)}) {
            if (Numbers.isPlainCanonical(text)) {
                assertThat(Numbers.canonical(text)).isEqualTo(text);
            }
        }
        assertThat(Numbers.isPlainCanonical(Numbers.canonical(value))).isTrue();
    }
}
