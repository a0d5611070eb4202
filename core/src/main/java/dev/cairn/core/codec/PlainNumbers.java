package dev.cairn.core.codec;

/**
 * The fast path of {@link Numbers#canonical(String)} for the numbers requests nearly always carry:
 * plain text (an optional minus, digits, optionally a point and more digits) of at most 38
 * significant digits inside DynamoDB's range. Building, stripping and printing a BigDecimal for
 * every such number was a tenth of the server's CPU under load; one scan of the characters finds
 * the same canonical text. Whatever this does not accept (exponents, a plus sign, "1." or ".5",
 * too many digits, out of range, not a number at all) goes the BigDecimal way, which also words
 * every error, so results and messages are the same on both paths.
 */
final class PlainNumbers {

    private PlainNumbers() {}

    /**
     * The canonical text of a plain, valid number: {@code text} itself when it is canonical already,
     * otherwise stripped of leading zeros, of trailing zeros after the point and of the sign of zero.
     *
     * @return null when the text is not plain or not valid: the caller must parse it
     */
    static String canonical(String text) {
        int length = text == null ? 0 : text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        int first = -1; // the first and last non-zero digits
        int last = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (c == '.' && point < 0) {
                point = i;
            } else if (c != '0') {
                return null;
            }
        }
        int integerEnd = point < 0 ? length : point;
        if (integerEnd == start || point == length - 1) {
            return null; // no digit before or after the point (or none at all)
        }
        if (first < 0) {
            return "0";
        }
        int significant = last - first + 1 - (first < point && point < last ? 1 : 0);
        // The decimal exponent of the leading digit, as Numbers.check computes it: 1.23E+5 -> 5.
        int leadingExponent = first < integerEnd ? integerEnd - first - 1 : point - first;
        if (significant > Numbers.MAX_PRECISION
                || leadingExponent > Numbers.MAX_EXPONENT || leadingExponent < Numbers.MIN_EXPONENT) {
            return null;
        }
        // Keep one zero before the point of a number below one; drop a fraction of only zeros.
        int from = first < integerEnd ? first : integerEnd - 1;
        int to = last > integerEnd ? last + 1 : integerEnd;
        if (from == start && to == length) {
            return text;
        }
        return start == 0 ? text.substring(from, to)
                : new StringBuilder(to - from + 1).append('-').append(text, from, to).toString();
    }
}
