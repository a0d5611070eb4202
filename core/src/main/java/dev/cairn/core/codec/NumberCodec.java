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
    /** A negative number with this many base-100 digits or more has no terminator counted in its size. */
    private static final int MAX_BASE100_DIGITS = 20;

    private NumberCodec() {}

    /** Writes a number given as text; throws DynamoDB's ValidationException if it is not a valid number. */
    public static void encode(String text, ByteWriter out) {
        encodeCanonical(Numbers.canonical(text), out);
    }

    /**
     * Writes a number from its canonical text, reading the digits off the text: a key attribute's
     * number is canonicalised by a scan of its characters anyway, and turning it into a BigDecimal
     * only to print its digits again cost more than the rest of the key encoding.
     */
    static void encodeCanonical(String canonical, ByteWriter out) {
        Digits d = Digits.of(canonical);
        if (d == null) {
            out.write(ZERO_HEADER).write(POSITIVE_END);
            return;
        }
        int lead = d.exponent & 1; // as below: a leading zero aligns the digits on a power of 100
        int biased = (d.exponent + lead) / 2 + EXPONENT_BIAS;
        out.write(d.negative ? 0x7F - biased : 0x80 + biased);
        int total = lead + d.count;
        for (int i = 0; i < total; i += 2) {
            int pair = 10 * d.at(i - lead) + d.at(i + 1 - lead);
            out.write(d.negative ? 0xFE - pair : pair + 1);
        }
        out.write(d.negative ? NEGATIVE_END : POSITIVE_END);
    }

    /**
     * The layout written from a BigDecimal, checked against DynamoDB's precision and range rules
     * first. The encoding as it always was: {@link #encodeCanonical} must write the same bytes, since
     * keys are stored, and the tests hold it to this.
     */
    static void encode(BigDecimal value, ByteWriter out) {
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
     * How many base-100 digits a number, given in canonical text ({@link Numbers#canonical}), has
     * in this layout (0 for zero). DynamoDB sizes a number as one byte plus one per base-100 digit,
     * plus one for the terminator of a negative number.
     */
    public static int base100Digits(String canonical) {
        Digits d = Digits.of(canonical);
        return d == null ? 0 : ((d.exponent & 1) + d.count + 1) / 2;
    }

    /**
     * The bytes DynamoDB counts for a number given in canonical text: one, plus one per base-100
     * digit, plus one for a negative number of fewer than 20 such digits (the exact rule measured
     * against DynamoDB Local, where AWS's documentation says "approximately").
     */
    public static int size(String canonical) {
        int digits = base100Digits(canonical);
        boolean terminated = canonical.charAt(0) == '-' && digits < MAX_BASE100_DIGITS;
        return 1 + digits + (terminated ? 1 : 0);
    }

    /** As {@link #base100Digits(String)}, from a BigDecimal: what sizing used before, kept for the tests to compare. */
    static int base100Digits(BigDecimal value) {
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

    /**
     * The significant digits of a non-zero number in canonical text, read in place: the number is
     * {@code ±0.d1 d2 ... d(count) × 10^exponent} with {@code d1} and {@code d(count)} non-zero.
     * Canonical text has no leading zero except the one before the point of a number below one,
     * and no trailing zero after the point, so the digits are found without stripping anything.
     */
    private record Digits(String text, boolean negative, int first, int point, int count, int exponent) {

        /** Null for zero. */
        static Digits of(String canonical) {
            boolean negative = canonical.charAt(0) == '-';
            int start = negative ? 1 : 0;
            int length = canonical.length();
            int point = canonical.indexOf('.', start);
            int first = start;
            int exponent = (point < 0 ? length : point) - start;
            if (canonical.charAt(start) == '0') {
                if (point < 0) {
                    return null; // "0"
                }
                first = point + 1;
                while (canonical.charAt(first) == '0') {
                    first++;
                }
                exponent = point + 1 - first; // 0.05 = 0.5 × 10^-1
            }
            int last = length - 1;
            while (point < 0 && canonical.charAt(last) == '0') {
                last--; // the zeros of an integer are not significant digits: 1200 = 0.12 × 10^4
            }
            int count = last - first + 1 - (first < point ? 1 : 0);
            return new Digits(canonical, negative, first, point, count, exponent);
        }

        /** Significant digit {@code i} (from 0), or 0 outside them. */
        int at(int i) {
            if (i < 0 || i >= count) {
                return 0;
            }
            int at = first + i;
            return text.charAt(first < point && at >= point ? at + 1 : at) - '0';
        }
    }
}
