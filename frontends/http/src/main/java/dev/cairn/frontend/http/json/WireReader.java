package dev.cairn.frontend.http.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cairn.api.ApiException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one request body the way DynamoDB's service framework does: each member has a declared
 * type, and a JSON value of another type is a {@code SerializationException} whose message names
 * the mismatch in DynamoDB's own (Java-flavoured) words. {@code null} is the same as an absent
 * member; members the schema does not know are skipped. Inside items, keys, attribute values and
 * the request's own maps and lists of them, though, a null is kept ({@link #listKeepingNulls},
 * {@link #mapKeepingNulls}) for core to refuse as DynamoDB does, not silently dropped.
 *
 * <p>DynamoDB checks the types of the whole document before it validates anything, so a validation
 * error found while reading (an AttributeValue with no or two types) is held back and thrown only
 * after the body has been read to its end without a serialization error.
 *
 * <p>Every value method is called with the parser on the value's first token.
 */
public final class WireReader {

    static final String TRUNCATING_NUMBER = "class com.amazon.coral.value.json.numbers.TruncatingBigNumber";

    /** DynamoDB's 400 KB item limit (core's ItemSize.MAX_ITEM_BYTES, which front ends cannot see). */
    static final int MAX_ITEM_BYTES = 409_600;

    private final JsonParser parser;
    private ApiException deferredValidation;
    /**
     * A lower bound of the DynamoDB size of the item being read: the length of each name (of its
     * attributes and of its maps' entries) and one byte for each value. One int add per entry, so
     * that an item of many attributes over 400 KB stops being kept long before a large body is
     * read whole; an item of a few large values is left to core's exact size check.
     */
    private int itemBytes;

    private WireReader(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * Parses a whole request body with the given reader of its top-level structure.
     *
     * @throws ApiException a SerializationException for a body that is empty, not JSON, not one
     *     object, or has a member of the wrong type; else the first deferred validation error
     */
    public static <T> T parse(JsonFactory factory, byte[] body, Function<WireReader, T> root) {
        if (body.length == 0) {
            throw ApiException.serialization(null);
        }
        try (JsonParser parser = factory.createParser(body)) {
            WireReader reader = new WireReader(parser);
            if (parser.nextToken() == null) {
                throw ApiException.serialization(null);
            }
            T value = root.apply(reader);
            if (parser.nextToken() != null) {
                throw ApiException.serialization(null);
            }
            if (reader.deferredValidation != null) {
                throw reader.deferredValidation;
            }
            return value;
        } catch (JsonProcessingException malformed) {
            throw ApiException.serialization(null);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        } catch (WireIoException e) {
            throw ApiException.serialization(null);
        }
    }

    /** Checks that a body is one well-formed JSON value, answering DynamoDB's error if not. */
    public static void requireWellFormed(JsonFactory factory, byte[] body) {
        if (body.length == 0) {
            return;
        }
        try (JsonParser parser = factory.createParser(body)) {
            parser.nextToken();
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw ApiException.serialization(null);
            }
        } catch (IOException malformed) {
            throw ApiException.serialization(null);
        }
    }

    /** Remembers the first validation error, to throw once the body is known to be well typed. */
    void deferValidation(ApiException error) {
        if (deferredValidation == null) {
            deferredValidation = error;
        }
    }

    JsonToken token() {
        return parser.currentToken();
    }

    public String string() {
        return switch (token()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> text();
            case VALUE_TRUE, VALUE_FALSE -> throw mismatch("class java.lang.Boolean can not be converted to an String");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> throw mismatch(TRUNCATING_NUMBER + " can not be converted to an String");
            default -> throw notAScalar();
        };
    }

    public Integer integer() {
        BigDecimal value = number("Integer");
        if (value == null) {
            return null;
        }
        try {
            return value.setScale(0, java.math.RoundingMode.FLOOR).intValueExact();
        } catch (ArithmeticException outOfRange) {
            throw mismatch(TRUNCATING_NUMBER + " can not be converted to an Integer");
        }
    }

    public Long longValue() {
        BigDecimal value = number("Long");
        if (value == null) {
            return null;
        }
        try {
            return value.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        } catch (ArithmeticException outOfRange) {
            throw mismatch(TRUNCATING_NUMBER + " can not be converted to an Long");
        }
    }

    private BigDecimal number(String javaType) {
        return switch (token()) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> decimal();
            case VALUE_TRUE, VALUE_FALSE -> throw mismatch("class java.lang.Boolean can not be converted to an " + javaType);
            case VALUE_STRING -> throw mismatch("class java.lang.String can not be converted to an " + javaType);
            default -> throw notAScalar();
        };
    }

    public Boolean bool() {
        return switch (token()) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_STRING -> {
                String text = text();
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    yield Boolean.parseBoolean(text);
                }
                throw mismatch("'" + text.toUpperCase(java.util.Locale.ROOT) + "' can not be converted to an Boolean");
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> throw mismatch(TRUNCATING_NUMBER + " can not be converted to an Boolean");
            default -> throw notAScalar();
        };
    }

    /** A base64 member; DynamoDB accepts only canonical, padded base64. */
    public byte[] blob() {
        return switch (token()) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> Base64Text.decode(text());
            case VALUE_TRUE, VALUE_FALSE -> throw mismatch("class java.lang.Boolean can not be converted to a Blob");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> throw mismatch(TRUNCATING_NUMBER + " can not be converted to a Blob");
            default -> throw notAScalar();
        };
    }

    /** A list member; null elements are dropped, as absent. */
    public <T> List<T> list(Function<WireReader, T> element) {
        return list(element, false);
    }

    /**
     * A list whose null elements are kept, for core to refuse with DynamoDB's message: inside an
     * attribute value, a list of keys or names, or a list of actions, a null is not an absent member.
     */
    public <T> List<T> listKeepingNulls(Function<WireReader, T> element) {
        return list(element, true);
    }

    private <T> List<T> list(Function<WireReader, T> element, boolean keepNulls) {
        switch (token()) {
            case VALUE_NULL:
                return null;
            case START_ARRAY:
                List<T> values = new ArrayList<>();
                while (next() != JsonToken.END_ARRAY) {
                    T value = element.apply(this);
                    if (value != null || keepNulls) {
                        values.add(value);
                    }
                }
                return values;
            case START_OBJECT:
                throw mismatch("Start of structure or map found where not expected.");
            default:
                throw mismatch("Expected list or null");
        }
    }

    /** A map member, in the order received; null values are dropped, as absent. */
    public <T> Map<String, T> map(Function<WireReader, T> value) {
        return map(value, false, Integer.MAX_VALUE);
    }

    /**
     * A map whose null values are kept, for core to refuse with DynamoDB's message: an item, a key,
     * or a map of names, values or legacy conditions holds no absent entries.
     */
    public <T> Map<String, T> mapKeepingNulls(Function<WireReader, T> value) {
        return map(value, true, Integer.MAX_VALUE);
    }

    /**
     * An item whose size DynamoDB bounds (a PutItem's Item, a batch or transaction Put's). Once the
     * names read, and a byte for each value, pass 400 KB, DynamoDB's "Item size has exceeded the maximum allowed
     * size" is deferred and the rest of the item is still read, so that a later type error keeps
     * its precedence, but no longer kept.
     */
    public <T> Map<String, T> boundedItem(Function<WireReader, T> value) {
        itemBytes = 0;
        return map(value, true, MAX_ITEM_BYTES);
    }

    private <T> Map<String, T> map(Function<WireReader, T> value, boolean keepNulls, int maxBytes) {
        switch (token()) {
            case VALUE_NULL:
                return null;
            case START_OBJECT:
                Map<String, T> values = new LinkedHashMap<>();
                boolean keep = true;
                while (next() == JsonToken.FIELD_NAME) {
                    String key = text();
                    next();
                    itemBytes += key.length() + 1;
                    T v = value.apply(this);
                    if (keep && (v != null || keepNulls)) {
                        values.put(key, v);
                    }
                    if (keep && itemBytes > maxBytes) {
                        keep = false;
                        deferValidation(ApiException.validation("Item size has exceeded the maximum allowed size"));
                    }
                }
                return values;
            case START_ARRAY:
                throw mismatch("Start of list found where not expected");
            default:
                throw mismatch("Expected map or null");
        }
    }

    /** A structure member: the members the schema knows, each read with its own type. */
    public Members struct(Schema schema) {
        if (!enterStruct()) {
            return null;
        }
        Members members = new Members(schema);
        for (String name = nextMember(); name != null; name = nextMember()) {
            Schema.Member member = schema.member(name);
            if (member == null) {
                skip();
            } else {
                members.set(member, member.reader().apply(this));
            }
        }
        return members;
    }

    /**
     * Checks that the value is a structure, false for a JSON null; then {@link #nextMember()} walks
     * its members. For readers that handle members themselves rather than through a {@link Schema}.
     */
    boolean enterStruct() {
        switch (token()) {
            case VALUE_NULL:
                return false;
            case START_OBJECT:
                return true;
            case START_ARRAY:
                throw mismatch("Start of list found where not expected");
            default:
                throw mismatch("Expected null");
        }
    }

    /** The name of the structure's next member, with the parser on its value; null at the end of the structure. */
    String nextMember() {
        if (next() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = text();
        next();
        return name;
    }

    /**
     * The request body itself, which must be a JSON object: a body of {@code null}, like one of
     * {@code []}, is a SerializationException (scylladb test/alternator/test_manual_requests.py
     * test_request_payload_must_be_object, run against DynamoDB).
     */
    public <T> T root(Schema schema, Function<Members, T> build) {
        if (token() == JsonToken.VALUE_NULL) {
            throw ApiException.serialization(null);
        }
        return build.apply(struct(schema));
    }

    /** A structure member mapped straight to a record; null when absent. */
    public <T> T struct(Schema schema, Function<Members, T> build) {
        Members members = struct(schema);
        return members == null ? null : build.apply(members);
    }

    private ApiException notAScalar() {
        return token() == JsonToken.START_ARRAY
                ? mismatch("Start of list found where not expected")
                : mismatch("Start of structure or map found where not expected.");
    }

    static ApiException mismatch(String message) {
        return ApiException.serialization(message);
    }

    // The parser calls below are wrapped one by one rather than through a shared helper taking a
    // lambda: these run for every token, and a lambda per call costs an allocation and a call the
    // JIT cannot inline once many call sites share the helper.

    private String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new WireIoException(e);
        }
    }

    private BigDecimal decimal() {
        try {
            return parser.getDecimalValue();
        } catch (IOException e) {
            throw new WireIoException(e);
        }
    }

    private JsonToken next() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw new WireIoException(e);
        }
    }

    /** Skips the current value: all of it when it is a structure or a list. */
    void skip() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw new WireIoException(e);
        }
    }

    /** Carries a malformed-JSON failure out of the functional readers. */
    private static final class WireIoException extends RuntimeException {
        WireIoException(IOException cause) {
            super(cause);
        }
    }
}
