package dev.cairn.frontend.http.json;

import com.fasterxml.jackson.core.JsonToken;
import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * Reads DynamoDB's typed attribute values ({@code {"S": "x"}}, {@code {"M": {...}}}, ...).
 *
 * <p>DynamoDB reads an AttributeValue as a structure with ten optional members: type keys it does
 * not know are ignored like any unknown member, and a value with none or several of the ten set is
 * a ValidationException (held back until the whole body is known to be well typed). Numbers stay
 * text; sets stay lists in the order sent, so core can report duplicates and empty sets.
 */
public final class AttributeValueReader {

    private static final Schema VALUE = Schema.builder()
            .member("S", WireReader::string)
            .member("N", WireReader::string)
            .member("B", WireReader::blob)
            .member("BOOL", WireReader::bool)
            .member("NULL", WireReader::bool)
            .member("M", AttributeValueReader::item)
            .member("L", AttributeValueReader::list)
            .member("SS", r -> r.list(WireReader::string))
            .member("NS", r -> r.list(WireReader::string))
            .member("BS", r -> r.list(WireReader::blob))
            .build();

    private static final String[] TYPES = {"S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS"};

    private AttributeValueReader() {}

    /** An item, key, or any other map of attribute names to values. */
    public static Map<String, AttributeValue> item(WireReader reader) {
        return reader.map(AttributeValueReader::value);
    }

    public static List<AttributeValue> list(WireReader reader) {
        return reader.list(AttributeValueReader::value);
    }

    public static List<Map<String, AttributeValue>> items(WireReader reader) {
        return reader.list(AttributeValueReader::item);
    }

    /** One attribute value; null for a JSON null (an absent value). */
    public static AttributeValue value(WireReader reader) {
        if (reader.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        Members members = reader.struct(VALUE);
        String type = null;
        int set = 0;
        for (String candidate : TYPES) {
            if (members.get(candidate) != null) {
                type = candidate;
                set++;
            }
        }
        if (set != 1) {
            reader.deferValidation(ApiException.validation(set == 0
                    ? "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes"
                    : "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes"));
            return new AttributeValue.Null(true);
        }
        return build(type, members.get(type));
    }

    @SuppressWarnings("unchecked")
    private static AttributeValue build(String type, Object value) {
        return switch (type) {
            case "S" -> new AttributeValue.S((String) value);
            case "N" -> new AttributeValue.N((String) value);
            case "B" -> new AttributeValue.B((byte[]) value);
            case "BOOL" -> new AttributeValue.Bool((Boolean) value);
            case "NULL" -> new AttributeValue.Null((Boolean) value);
            case "M" -> new AttributeValue.M((Map<String, AttributeValue>) value);
            case "L" -> new AttributeValue.L((List<AttributeValue>) value);
            case "SS" -> new AttributeValue.SS((List<String>) value);
            case "NS" -> new AttributeValue.NS((List<String>) value);
            case "BS" -> new AttributeValue.BS((List<byte[]>) value);
            default -> throw new IllegalStateException(type);
        };
    }
}
