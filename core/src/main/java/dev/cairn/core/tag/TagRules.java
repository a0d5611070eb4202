package dev.cairn.core.tag;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DynamoDB's tag restrictions ("Tagging restrictions in DynamoDB"): at most 50 tags per table; a
 * key of 1 to 128 and a value of 0 to 256 Unicode characters, each made of letters, digits, white
 * space and {@code _ . : / = + - @}; keys starting {@code aws:} are AWS's. A request breaking one
 * is refused whole. The messages are DynamoDB's as observed server-side (client validation off)
 * and published in the public "ack-api-quirks" DynamoDB findings DDB-TABLE-107, -108, -110 and
 * -372 (verified 2026-10-08/09); "Atleast" is DynamoDB's spelling.
 */
public final class TagRules {

    static final int MAX_TAGS = 50;
    private static final int MAX_KEY_CHARACTERS = 128;
    private static final int MAX_VALUE_CHARACTERS = 256;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    static final String TOO_MANY = "Number of Tags exceed the current limit for the provided ResourceArn";

    private TagRules() {}

    /** Checks CreateTable's Tags (none, or an empty list, is fine) and gives their map. */
    public static Map<String, String> forCreateTable(List<Tag> tags) {
        if (tags == null) {
            return Map.of();
        }
        checkTags(tags);
        return TagCodec.toMap(tags);
    }

    /** Every tag of a TagResource or CreateTable: key, value, reserved prefix, duplicates, count. */
    static void checkTags(List<Tag> tags) {
        Set<String> keys = new HashSet<>();
        for (Tag tag : tags) {
            checkKey(tag == null ? null : tag.key());
            String value = tag.value();
            if (value == null || value.codePointCount(0, value.length()) > MAX_VALUE_CHARACTERS
                    || !ALLOWED.matcher(value).matches()) {
                throw ApiException.validation("The Tag Value provided is invalid, Value: " + value);
            }
            if (tag.key().startsWith("aws:")) {
                throw ApiException.validation("Tag Key cannot be prefixed with aws:, Key: " + tag.key());
            }
            if (!keys.add(tag.key())) {
                throw ApiException.validation("Duplicate Tag Keys provided as input: Duplicate Tag Key found "
                        + tag.key());
            }
        }
        checkCount(tags.size());
    }

    /** A key of TagResource or UntagResource. */
    static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > MAX_KEY_CHARACTERS
                || !ALLOWED.matcher(key).matches()) {
            throw ApiException.validation("The Tag Key provided is invalid, Key: " + key);
        }
    }

    /** DynamoDB checks the count of a request's tags, and of the table's tags after a change. */
    static void checkCount(int count) {
        if (count > MAX_TAGS) {
            throw ApiException.validation(TOO_MANY);
        }
    }
}
