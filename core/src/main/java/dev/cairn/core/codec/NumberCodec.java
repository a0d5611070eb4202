package dev.cairn.core.codec;

import java.math.BigDecimal;

/**
 * DynamoDB numbers as order-preserving bytes. DynamoDB numbers are decimals of up to 38
 * significant digits with magnitudes in [1E-130, 1E+126); no binary float and no fixed-width
 * integer holds them, and neither FoundationDB's tuple layer nor HBase's OrderedBytes covers the
 * whole range exactly, so the layout is ours.
 *
 * <p>A non-zero value is written as {@code ±0.d1 d2 ... dn × 100^E} with base-100 digits, {@code d1}
 * and {@code dn} non-zero, so each value has exactly one form. {@code E} lies in [-64, 63]:
 *
 * <ul>
 *   <li>positive: header {@code 0x80 + (E + 64)}, each digit as {@code d + 1} (1..100), then {@code 0x00};
 *   <li>negative: header {@code 0x7F - (E + 64)}, each digit as {@code 0xFE - d} (0x9B..0xFE), then
 *       {@code 0xFF} — everything complemented so that larger magnitudes sort first;
 *   <li>zero: {@code 0x80 0x00}, the smallest positive header with no digits, so it sorts above every
 *       negative and below every positive (whose first digit byte is at least 2).
 * </ul>
 *
 * <p>The terminator never occurs as a digit byte, so the encoding is self-delimiting and no
 * encoding is a proper prefix of another: unsigned lexicographic byte order equals numeric order,
 * whatever bytes follow. This digit layout is also the one DynamoDB sizes numbers by.
 */
public final class NumberCodec {

    private static final int ZERO_HEADER = 0x80;
    private static final int EXPONENT_BIAS = 64;
    private static final int POSITIVE_END = 0x00;
    private static final int NEGATIVE_END = 0xFF;

    private NumberCodec() {}

    /** Writes a number given as text; throws DynamoDB's ValidationException if it is not a valid number. */
    public static void encode(String text, ByteWriter out) {
        encode(Numbers.parse(text), out);
    }

    /** Writes a number; it is checked against DynamoDB's precision and range rules first. */
    public static void encode(BigDecimal value, ByteWriter out) {
        BigDecimal v = Numbers.check(value);
        if (v.signum() == 0) {
            out.write(ZERO_HEADER).write(POSITIVE_END);
            return;
        }
        boolean negative = v.signum() < 0;
        String digits = v.unscaledValue().abs().toString();
        int k = digits.length() - v.scale(); // value = 0.digits × 10^k
        int lead = k & 1; // a leading zero aligns the digits on a power of 100
        int exponent = (k + lead) / 2;
        int biased = exponent + EXPONENT_BIAS;
        out.write(negative ? 0x7F - biased : 0x80 + biased);
        int total = lead + digits.length();
        for (int i = 0; i < total; i += 2) {
            int pair = 10 * digitAt(digits, i - lead) + digitAt(digits, i + 1 - lead);
            out.write(negative ? 0xFE - pair : pair + 1);
        }
        out.write(negative ? NEGATIVE_END : POSITIVE_END);
    }

    /** Reads one number written by {@code encode} and returns its canonical text. */
    public static String decode(ByteReader in) {
        int header = in.read();
        boolean negative = header < 0x80;
        int exponent = (negative ? 0x7F - header : header - 0x80) - EXPONENT_BIAS;
        int end = negative ? NEGATIVE_END : POSITIVE_END;
        StringBuilder digits = new StringBuilder(40);
        for (int b = in.read(); b != end; b = in.read()) {
            int pair = negative ? 0xFE - b : b - 1;
            if (pair < 0 || pair > 99) {
                throw ByteReader.corrupt("number digit byte " + b);
            }
            digits.append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
        }
        if (digits.isEmpty()) {
            if (header != ZERO_HEADER) {
                throw ByteReader.corrupt("number without digits");
            }
            return "0";
        }
        return plain(negative, digits, 2 * exponent);
    }

    /**
     * How many base-100 digits the number has in this layout (0 for zero). DynamoDB sizes a number
     * as one byte plus one per base-100 digit, plus one for the terminator of a negative number.
     */
    public static int base100Digits(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return 0;
        }
        int length = v.unscaledValue().abs().toString().length();
        int lead = (length - v.scale()) & 1;
        return (lead + length + 1) / 2;
    }

    private static void zeros(StringBuilder out, int count) {
        for (int i = 0; i < count; i++) {
            out.append('0');
        }
    }

    private static int digitAt(String digits, int i) {
        return i >= 0 && i < digits.length() ? digits.charAt(i) - '0' : 0;
    }

    /** Renders {@code ±0.digits × 10^point} in plain notation without leading or trailing zeros. */
    private static String plain(boolean negative, StringBuilder digits, int point) {
        int from = 0;
        int to = digits.length();
        if (digits.charAt(0) == '0') {
            from++;
            point--;
        }
        if (digits.charAt(to - 1) == '0') {
            to--;
        }
        int n = to - from;
        StringBuilder out = new StringBuilder(n + Math.abs(point) + 3);
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            out.append("0.");
            zeros(out, -point);
            out.append(digits, from, to);
        } else if (point >= n) {
            out.append(digits, from, to);
            zeros(out, point - n);
        } else {
            out.append(digits, from, from + point).append('.').append(digits, from + point, to);
        }
        return out.toString();
    }
}
