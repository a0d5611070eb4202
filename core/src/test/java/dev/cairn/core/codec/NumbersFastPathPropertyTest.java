package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import java.math.BigDecimal;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Numbers#canonical(String)} takes a shortcut for plain text ({@link PlainNumbers}); it must
 * answer exactly as the BigDecimal path, {@code Numbers.canonical(Numbers.parse(text))}, does: the
 * same canonical text, or the same error with the same message.
 */
class NumbersFastPathPropertyTest {

    @Property(tries = 20_000)
    void canonicalTextAndErrorsAreThoseOfTheBigDecimalPath(@ForAll("texts") String text) {
        String viaBigDecimal = outcome(() -> Numbers.canonical(Numbers.parse(text)));
        String fast = PlainNumbers.canonical(text);
        Statistics.label("path").collect(fast != null ? "fast" : viaBigDecimal.startsWith("=") ? "parsed" : "rejected");
        Statistics.label("path").coverage(c -> {
            c.check("fast").percentage(p -> p > 30);
            c.check("parsed").percentage(p -> p > 5);
            c.check("rejected").percentage(p -> p > 10);
        });
        Statistics.label("error").collect(error(viaBigDecimal));
        Statistics.label("error").coverage(c -> { // every error DynamoDB words differently comes up
            c.check("none").percentage(p -> p > 50);
            c.check("not a number").percentage(p -> p > 3);
            c.check("precision").percentage(p -> p > 1);
            c.check("overflow").percentage(p -> p > 1);
            c.check("underflow").percentage(p -> p > 1);
        });

        assertThat(outcome(() -> Numbers.canonical(text))).isEqualTo(viaBigDecimal);
        if (fast != null) {
            assertThat("=" + fast).as("the fast path answers only for valid numbers").isEqualTo(viaBigDecimal);
        }
    }

    @Property(tries = 5_000)
    void canonicalTextComesBackAsTheSameInstance(@ForAll("texts") String text) {
        String canonical;
        try {
            canonical = Numbers.canonical(text);
        } catch (ApiException e) {
            return;
        }
        assertThat(Numbers.canonical(canonical)).isSameAs(canonical);
    }

    /** Number sets find duplicates by canonical text, as they did by stripped BigDecimals. */
    @Property(tries = 5_000)
    void equalNumbersAndOnlyThoseHaveEqualCanonicalText(
            @ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b, @ForAll boolean same) {
        BigDecimal other = same ? a.setScale(a.scale() + 2) : b;
        for (String x : renderings(a)) {
            for (String y : renderings(other)) {
                assertThat(Numbers.canonical(x).equals(Numbers.canonical(y)))
                        .isEqualTo(Numbers.parse(x).equals(Numbers.parse(y)));
            }
        }
    }

    @Example
    void nullIsNotANumberOnEitherPath() {
        assertThat(PlainNumbers.canonical(null)).isNull();
        assertThat(outcome(() -> Numbers.canonical((String) null)))
                .isEqualTo("ValidationException: The parameter cannot be converted to a numeric value");
    }

    @Provide
    Arbitrary<String> texts() {
        return NumberTexts.any();
    }

    @Provide
    Arbitrary<BigDecimal> numbers() {
        return NumberTexts.numbers();
    }

    /** The same value written as a request might: scientific, plain, engineering, padded with zeros. */
    static String[] renderings(BigDecimal value) {
        String plain = value.toPlainString();
        return new String[] {value.toString(), plain, value.toEngineeringString(),
                plain.contains(".") ? plain + "00" : plain + ".0"};
    }

    private static String error(String outcome) {
        if (outcome.contains("significant digits")) {
            return "precision";
        }
        for (String kind : new String[] {"precision", "underflow", "overflow"}) {
            if (outcome.contains(kind)) {
                return kind;
            }
        }
        return outcome.startsWith("=") ? "none" : outcome.contains("cannot be converted") ? "not a number" : outcome;
    }

    /** "=" and the result, or the error's type and message. */
    static String outcome(Supplier<String> canonical) {
        try {
            return "=" + canonical.get();
        } catch (ApiException e) {
            return e.code().typeName() + ": " + e.getMessage();
        }
    }
}
