package dev.cairn.core.item;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.Numbers;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules DynamoDB applies to every attribute value it is given — in items, keys and expression
 * attribute values — with DynamoDB's exact messages: sets are non-empty and duplicate-free (numbers
 * compared numerically), NULL is true, numbers are valid, names of attributes and map entries keep
 * {@link AttributeNameRule}; maps and lists are checked all the way down. Values are checked depth-first in map and list order, so the first offending value in
 * request order is the one reported, as DynamoDB does. Checking also canonicalises numbers
 * ("1.0E2" becomes "100"), in the same pass. Key-specific rules (empty key strings, key sizes)
 * live with the key schema, not here. Items and keys are first checked for DynamoDB's nesting
 * limit ({@link ItemNesting}); expression attribute values are not.
 */
public final class AttributeValues {

    private static final String INVALID = "One or more parameter values were invalid: ";
    static final String EMPTY_STRING_SET = INVALID + "An string set  may not be empty";
    static final String EMPTY_NUMBER_SET = INVALID + "An number set  may not be empty";
    static final String EMPTY_BINARY_SET = INVALID + "Binary sets should not be empty";
    static final String DUPLICATE_NUMBERS = "Input collection contains duplicates";
    static final String DUPLICATE_BINARIES = INVALID + "Input collection of type BS contains duplicates.";
    static final String NULL_NOT_TRUE = INVALID + "Null attribute value types must have the value of true";
    /**
     * A JSON null (or a Java null from an embedded caller) where an attribute value belongs:
     * DynamoDB refuses it rather than dropping the attribute (aws/aws-sdk-java issue 2103, a null
     * list element sent to DynamoDB); a map entry's name is added as DynamoDB Local 3.3.1 adds it.
     */
    static final String NULL_VALUE = "The supplied Item contains a null AttributeValue";
    static final String NULL_STRING_MEMBER = INVALID + "An string set may not have a null string as a member";
    static final String NULL_NUMBER_MEMBER = "A value provided cannot be converted into a number";
    static final String NULL_BINARY_MEMBER = INVALID + "A binary set may not have a null binary as a member";

    private AttributeValues() {}

    /**
     * Checks a value as DynamoDB checks an attribute value of an item or key.
     *
     * @throws ApiException ValidationException with DynamoDB's message
     */
    public static void validate(AttributeValue value) {
        checked(value);
    }

    /** Checks every attribute value of an item, in the item's order. */
    public static void validateItem(Map<String, AttributeValue> item) {
        checkedItem(item);
    }

    /**
     * Checks one of a request's ExpressionAttributeValues; DynamoDB wraps the message as
     * "ExpressionAttributeValues contains invalid value: {message} for key {name}".
     */
    public static void validateExpressionValue(String name, AttributeValue value) {
        checkedExpressionValue(name, value);
    }

    /**
     * Checks a request's ExpressionAttributeValues in order and returns them with their numbers
     * canonical, wrapping messages as {@link #validateExpressionValue} does.
     */
    public static Map<String, AttributeValue> checkedExpressionValues(Map<String, AttributeValue> values) {
        Map<String, AttributeValue> checked = new LinkedHashMap<>(values);
        for (Map.Entry<String, AttributeValue> e : checked.entrySet()) {
            e.setValue(checkedExpressionValue(e.getKey(), e.getValue()));
        }
        return checked;
    }

    /** As {@link #validateExpressionValue}, returning the value with its numbers canonical. */
    public static AttributeValue checkedExpressionValue(String name, AttributeValue value) {
        try {
            return checked(value);
        } catch (ApiException e) {
            throw ApiException.validation(
                    "ExpressionAttributeValues contains invalid value: " + e.getMessage() + " for key " + name);
        }
    }

    /**
     * Checks a value and returns it with every N and NS element in canonical text, at any depth.
     * Returns the same instance when nothing needed rewriting.
     *
     * @throws ApiException ValidationException with DynamoDB's message
     */
    public static AttributeValue checked(AttributeValue value) {
        if (value == null) {
            throw ApiException.validation(NULL_VALUE);
        }
        if (value instanceof AttributeValue.N n) {
            String canonical = Numbers.canonical(n.value());
            return canonical.equals(n.value()) ? n : AttributeValue.n(canonical);
        } else if (value instanceof AttributeValue.Null n) {
            if (!n.value()) {
                throw ApiException.validation(NULL_NOT_TRUE);
            }
            return n;
        } else if (value instanceof AttributeValue.M m) {
            Map<String, AttributeValue> checked = checkedMap(m.value());
            return checked == m.value() ? m : new AttributeValue.M(checked);
        } else if (value instanceof AttributeValue.L l) {
            return checkedList(l);
        } else if (value instanceof AttributeValue.SS ss) {
            checkStringSet(ss.value());
            return ss;
        } else if (value instanceof AttributeValue.NS ns) {
            return checkedNumberSet(ns);
        } else if (value instanceof AttributeValue.BS bs) {
            checkBinarySet(bs.value());
            return bs;
        }
        return value; // S, B, BOOL need no check here
    }

    /**
     * Checks the names of an item's or key's top-level attributes and refuses a null value among
     * them, for the checks that look at a key before the whole item is checked (a transaction's key
     * fit), so that neither an empty name nor a null is taken for a key that does not fit the schema.
     */
    public static void checkTopLevelEntries(Map<String, AttributeValue> item) {
        if (item == null) {
            return;
        }
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) { // not containsValue(null): Map.of refuses it
            AttributeNameRule.check(e.getKey());
            if (e.getValue() == null) {
                throw ApiException.validation(NULL_VALUE + ": " + e.getKey() + " is null");
            }
        }
    }

    /**
     * Checks an item (or a map value) and returns it with its numbers canonical; the same
     * instance when nothing needed rewriting, otherwise a new {@link LinkedHashMap} in the same order.
     */
    public static Map<String, AttributeValue> checkedItem(Map<String, AttributeValue> item) {
        ItemNesting.check(item);
        return checkedMap(item);
    }

    private static Map<String, AttributeValue> checkedMap(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> rewritten = null;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            AttributeNameRule.check(e.getKey());
            if (e.getValue() == null) {
                throw ApiException.validation(NULL_VALUE + ": " + e.getKey() + " is null");
            }
            AttributeValue checked = checked(e.getValue());
            if (checked != e.getValue() && rewritten == null) {
                rewritten = new LinkedHashMap<>(item);
            }
            if (rewritten != null) {
                rewritten.put(e.getKey(), checked);
            }
        }
        return rewritten == null ? item : rewritten;
    }

    /**
     * DynamoDB's order of two scalars of the same type: strings by unsigned UTF-8 bytes (code
     * points), numbers numerically, binaries by unsigned bytes.
     *
     * @throws IllegalArgumentException if the types differ or are not S, N or B
     */
    public static int compareScalars(AttributeValue a, AttributeValue b) {
        return ValueComparison.compareScalars(a, b);
    }

    /**
     * DynamoDB's equality: same type, numbers equal numerically, sets equal as sets whatever
     * their order, maps and lists equal element by element.
     */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        return ValueComparison.equal(a, b);
    }

    private static AttributeValue checkedList(AttributeValue.L l) {
        List<AttributeValue> elements = l.value();
        List<AttributeValue> rewritten = null;
        for (int i = 0; i < elements.size(); i++) {
            AttributeValue checked = checked(elements.get(i));
            if (checked != elements.get(i) && rewritten == null) {
                rewritten = new ArrayList<>(elements);
            }
            if (rewritten != null) {
                rewritten.set(i, checked);
            }
        }
        return rewritten == null ? l : new AttributeValue.L(rewritten);
    }

    private static void checkStringSet(List<String> elements) {
        if (elements.isEmpty()) {
            throw ApiException.validation(EMPTY_STRING_SET);
        }
        for (String element : elements) { // not contains(null): List.of refuses it
            if (element == null) {
                throw ApiException.validation(NULL_STRING_MEMBER);
            }
        }
        if (new HashSet<>(elements).size() != elements.size()) {
            throw ApiException.validation(INVALID + "Input collection " + elements + " contains duplicates");
        }
    }

    private static AttributeValue checkedNumberSet(AttributeValue.NS ns) {
        List<String> elements = ns.value();
        if (elements.isEmpty()) {
            throw ApiException.validation(EMPTY_NUMBER_SET);
        }
        // Every element is checked before duplicates are sought; equal numbers have one canonical text.
        List<String> texts = new ArrayList<>(elements.size());
        for (String element : elements) {
            if (element == null) {
                throw ApiException.validation(NULL_NUMBER_MEMBER);
            }
            texts.add(Numbers.canonical(element));
        }
        if (new HashSet<>(texts).size() != texts.size()) {
            throw ApiException.validation(DUPLICATE_NUMBERS);
        }
        return texts.equals(elements) ? ns : new AttributeValue.NS(texts);
    }

    private static void checkBinarySet(List<byte[]> elements) {
        if (elements.isEmpty()) {
            throw ApiException.validation(EMPTY_BINARY_SET);
        }
        Set<ByteBuffer> seen = new HashSet<>();
        for (byte[] element : elements) {
            if (element == null) {
                throw ApiException.validation(NULL_BINARY_MEMBER);
            }
            if (!seen.add(ByteBuffer.wrap(element))) {
                throw ApiException.validation(DUPLICATE_BINARIES);
            }
        }
    }
}
