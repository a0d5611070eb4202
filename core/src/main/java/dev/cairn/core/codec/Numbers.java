package dev.cairn.core.codec;

import dev.cairn.api.ApiException;
import java.math.BigDecimal;

/**
 * DynamoDB's number type: decimal, up to 38 significant digits, magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125 (or zero). Numbers travel as text; this class
 * checks them, canonicalises them and does DynamoDB's exact arithmetic.
 */
public final class Numbers {

    /** Most significant digits a number may carry. */
    public static final int MAX_PRECISION = 38;

    static final int MIN_EXPONENT = -130; // smallest magnitude is 1E-130
    static final int MAX_EXPONENT = 125; // largest magnitude is below 1E+126

    private Numbers() {}

    /**
     * Parses and checks a number's text.
     *
     * @return the value with trailing zeros stripped (zero as {@link BigDecimal#ZERO})
     * @throws ApiException ValidationException worded as DynamoDB words it
     */
    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            value = parseDecimal(text);
        } catch (NumberFormatException e) {
            // wording: dynalite test/batchWriteItem.js (captured from DynamoDB); Alternator
            // test_number.py test_invalid_numbers matches "numeric"
            throw ApiException.validation(text == null || text.isEmpty()
                    ? "The parameter cannot be converted to a numeric value"
                    : "The parameter cannot be converted to a numeric value: " + text);
        }
        return check(value);
    }

    /** Checks a number from a request against the precision and range rules, and strips it. */
    public static BigDecimal check(BigDecimal value) {
        return check(value, "Attempting to store more than 38 significant digits in a Number");
    }

    /**
     * Checks the result of arithmetic. DynamoDB reports a result needing more than 38 digits as an
     * overflow (Alternator test_number.py test_update_expression_plus_imprecise, run against DynamoDB).
     */
    static BigDecimal checkResult(BigDecimal value) {
        return check(value, OVERFLOW);
    }

    private static final String OVERFLOW =
            "Number overflow. Attempting to store a number with magnitude larger than supported range";

    private static BigDecimal check(BigDecimal value, String tooPrecise) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_PRECISION) {
            // wording of input: dynalite test/batchWriteItem.js; Alternator test_number.py matches "significant"
            throw ApiException.validation(tooPrecise);
        }
        // The decimal exponent of the leading digit: 1.23E+5 -> 5.
        long leadingExponent = (long) stripped.precision() - stripped.scale() - 1;
        if (leadingExponent > MAX_EXPONENT) {
            throw ApiException.validation(OVERFLOW);
        }
        if (leadingExponent < MIN_EXPONENT) {
            throw ApiException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return stripped;
    }

    /** The canonical text DynamoDB answers with: plain notation, no trailing zeros, no sign on zero. */
    public static String canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Parses, checks and renders canonically in one step. Plain text, what requests nearly always
     * carry, is canonicalised without parsing ({@link PlainNumbers}); the result is the same.
     *
     * @return {@code text} itself when it is canonical already
     */
    public static String canonical(String text) {
        String plain = PlainNumbers.canonical(text);
        return plain != null ? plain : canonical(parse(text));
    }

    /**
     * A quick test, without parsing, that text is already in {@link #canonical} form: an optional
     * minus, digits with no leading zero (or a lone zero before a point), an optional fraction that
     * does not end in zero, no exponent. False means "not sure", never "invalid".
     */
    public static boolean isPlainCanonical(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (start == length || length > 60) {
            return false;
        }
        int point = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (point >= 0) {
                    return false;
                }
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        int integerDigits = (point < 0 ? length : point) - start;
        if (integerDigits == 0 || (integerDigits > 1 && text.charAt(start) == '0')) {
            return false;
        }
        if (point >= 0 && (point == length - 1 || text.charAt(length - 1) == '0')) {
            return false;
        }
        boolean zero = integerDigits == 1 && text.charAt(start) == '0' && point < 0;
        return !(zero && start == 1) && (integerDigits + Math.max(0, length - point - 1)) <= Numbers.MAX_PRECISION + 1;
    }

    public static BigDecimal add(BigDecimal a, BigDecimal b) {
        return checkResult(a.add(b));
    }

    public static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return checkResult(a.subtract(b));
    }

    /**
     * BigDecimal accepts forms DynamoDB does not (and the reverse is not true): reject surrounding
     * whitespace and hexadecimal-looking text, and exponents too large for BigDecimal to hold.
     */
    private static BigDecimal parseDecimal(String text) {
        if (text == null || text.isEmpty() || Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))) {
            throw new NumberFormatException();
        }
        return new BigDecimal(text);
    }
}
