package dev.cairn.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ByteWriter;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.expression.SortCondition;
import dev.cairn.core.expression.SortCondition.Operator;
import dev.cairn.spi.storage.Bound;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A multi-attribute sort key is stored as its attributes' encodings concatenated (then the table
 * key). For any rows and any condition a Query may put on them — equality on a leading run of the
 * attributes, then one operator on the next — the clustering-key range holds exactly the rows
 * whose values satisfy the condition. Sort key here: (S, N), the components drawn from small
 * alphabets so that equal values, shared prefixes and embedded zero bytes are common.
 */
class CompositeSortKeyRangePropertyTest {

    private static final byte SPACE = 1;

    record Row(String first, BigDecimal second, int id) {

        byte[] clustering() {
            ByteWriter out = new ByteWriter(32);
            out.write(SPACE);
            KeyCodec.encode(AttributeValue.s(first), out);
            KeyCodec.encode(AttributeValue.n(second.toPlainString()), out);
            KeyCodec.encode(AttributeValue.n(Integer.toString(id)), out);
            return out.toByteArray();
        }
    }

    @Property(tries = 1500)
    void rangeHoldsExactlyTheRowsTheConditionSelects(@ForAll("strings") List<String> firsts,
            @ForAll("numbers") List<BigDecimal> seconds, @ForAll("strings") List<String> operands,
            @ForAll("numbers") List<BigDecimal> numberOperands, @ForAll boolean onSecond,
            @ForAll("operators") Operator operator) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(firsts.size(), seconds.size()); i++) {
            rows.add(new Row(firsts.get(i), seconds.get(i), i));
        }
        String equalFirst = operands.get(0);
        boolean numeric = onSecond;
        if (numeric && operator == Operator.BEGINS_WITH) {
            operator = Operator.GE;
        }
        List<AttributeValue> values = new ArrayList<>();
        values.add(numeric ? n(numberOperands.get(0)) : AttributeValue.s(operands.get(1)));
        if (operator == Operator.BETWEEN) {
            values.add(numeric ? n(numberOperands.get(1)) : AttributeValue.s(operands.get(2)));
        }
        SortCondition condition = new SortCondition(operator, values);
        SortKeyRange range = SortKeyRange.of(SPACE,
                onSecond ? List.of(AttributeValue.s(equalFirst)) : List.of(), condition);

        for (Row row : rows) {
            boolean expected = onSecond
                    ? row.first().equals(equalFirst) && numberMatches(row.second(), operator, numberOperands)
                    : stringMatches(row.first(), operator, operands.get(1), operands.get(2));
            assertThat(inside(range, row.clustering())).as("%s under %s %s", row, operator, values).isEqualTo(expected);
        }
    }

    private static boolean inside(SortKeyRange range, byte[] key) {
        return above(range.lower(), key) && below(range.upper(), key);
    }

    private static boolean above(Bound lower, byte[] key) {
        int c = Arrays.compareUnsigned(key, lower.key());
        return c > 0 || (c == 0 && lower.inclusive());
    }

    private static boolean below(Bound upper, byte[] key) {
        int c = Arrays.compareUnsigned(key, upper.key());
        return c < 0 || (c == 0 && upper.inclusive());
    }

    private static boolean numberMatches(BigDecimal v, Operator operator, List<BigDecimal> operands) {
        return matches(operator, v.compareTo(operands.get(0)), v.compareTo(operands.get(1)), false);
    }

    private static boolean stringMatches(String v, Operator operator, String a, String b) {
        return matches(operator, Arrays.compareUnsigned(utf8(v), utf8(a)), Arrays.compareUnsigned(utf8(v), utf8(b)),
                v.startsWith(a));
    }

    /** The operator applied to a value compared with its first operand and with BETWEEN's upper bound. */
    private static boolean matches(Operator operator, int first, int upper, boolean startsWith) {
        return switch (operator) {
            case EQ -> first == 0;
            case LT -> first < 0;
            case LE -> first <= 0;
            case GT -> first > 0;
            case GE -> first >= 0;
            case BETWEEN -> first >= 0 && upper <= 0;
            case BEGINS_WITH -> startsWith;
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static AttributeValue n(BigDecimal value) {
        return AttributeValue.n(value.toPlainString());
    }

    @Provide
    Arbitrary<List<String>> strings() {
        return Arbitraries.strings().withChars('a', 'b', '\0', '\u00ff').ofMinLength(1).ofMaxLength(3)
                .list().ofMinSize(3).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<BigDecimal>> numbers() {
        return Arbitraries.integers().between(-3, 3).map(BigDecimal::valueOf).list().ofMinSize(3).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Operator> operators() {
        return Arbitraries.of(Operator.class);
    }
}
