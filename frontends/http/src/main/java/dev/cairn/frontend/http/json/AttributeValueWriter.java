package dev.cairn.frontend.http.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cairn.api.model.AttributeValue;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes attribute values in DynamoDB's typed JSON form; N as the engine gives it.
 *
 * <p>Items are most of the bytes of GetItem, Query and Scan answers, so they are written with
 * plain generator calls and one try/catch per item rather than through {@link JsonOut}'s
 * per-member plumbing (a BiConsumer and a lambda per value), long strings through
 * {@link PlainText}, and binaries encoded straight into the output. Pre-encoding the type keys
 * (Jackson's SerializedString) was measured and did not pay for one- to four-letter names.
 */
public final class AttributeValueWriter {

    private AttributeValueWriter() {}

    public static void item(JsonOut out, Map<String, AttributeValue> item) {
        try {
            writeItem(out.generator(), item);
        } catch (IOException e) {
            throw JsonOut.unchecked(e);
        }
    }

    public static void items(JsonOut out, List<Map<String, AttributeValue>> items) {
        try {
            writeItems(out.generator(), items);
        } catch (IOException e) {
            throw JsonOut.unchecked(e);
        }
    }

    public static void value(JsonOut out, AttributeValue value) {
        try {
            writeValue(out.generator(), value);
        } catch (IOException e) {
            throw JsonOut.unchecked(e);
        }
    }

    /** A named item member ({@code Item}, {@code Attributes}, {@code LastEvaluatedKey}); left out when null. */
    static void item(JsonOut out, String name, Map<String, AttributeValue> item) {
        if (item != null) {
            try {
                out.generator().writeFieldName(name);
                writeItem(out.generator(), item);
            } catch (IOException e) {
                throw JsonOut.unchecked(e);
            }
        }
    }

    /** A named list of items ({@code Items}); left out when null. */
    static void items(JsonOut out, String name, List<Map<String, AttributeValue>> items) {
        if (items != null) {
            try {
                out.generator().writeFieldName(name);
                writeItems(out.generator(), items);
            } catch (IOException e) {
                throw JsonOut.unchecked(e);
            }
        }
    }

    private static void writeItems(JsonGenerator out, List<Map<String, AttributeValue>> items) throws IOException {
        out.writeStartArray();
        for (Map<String, AttributeValue> item : items) {
            writeItem(out, item);
        }
        out.writeEndArray();
    }

    private static void writeItem(JsonGenerator out, Map<String, AttributeValue> item) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            out.writeFieldName(attribute.getKey());
            writeValue(out, attribute.getValue());
        }
        out.writeEndObject();
    }

    /** One typed value; a member whose content is null is left out, as JsonOut would. */
    private static void writeValue(JsonGenerator out, AttributeValue value) throws IOException {
        out.writeStartObject();
        if (value instanceof AttributeValue.S s) {
            if (s.value() != null) {
                out.writeFieldName("S");
                PlainText.write(out, s.value());
            }
        } else if (value instanceof AttributeValue.N n) {
            if (n.value() != null) {
                out.writeFieldName("N");
                out.writeString(n.value());
            }
        } else if (value instanceof AttributeValue.B b) {
            if (b.value() != null) {
                out.writeFieldName("B");
                writeBase64(out, b.value());
            }
        } else if (value instanceof AttributeValue.Bool b) {
            out.writeFieldName("BOOL");
            out.writeBoolean(b.value());
        } else if (value instanceof AttributeValue.Null n) {
            out.writeFieldName("NULL");
            out.writeBoolean(n.value());
        } else if (value instanceof AttributeValue.M m) {
            if (m.value() != null) {
                out.writeFieldName("M");
                writeItem(out, m.value());
            }
        } else if (value instanceof AttributeValue.L l) {
            if (l.value() != null) {
                out.writeFieldName("L");
                out.writeStartArray();
                for (AttributeValue element : l.value()) {
                    writeValue(out, element);
                }
                out.writeEndArray();
            }
        } else if (value instanceof AttributeValue.SS ss) {
            if (ss.value() != null) {
                out.writeFieldName("SS");
                out.writeStartArray();
                for (String element : ss.value()) {
                    PlainText.write(out, element);
                }
                out.writeEndArray();
            }
        } else if (value instanceof AttributeValue.NS ns) {
            if (ns.value() != null) {
                out.writeFieldName("NS");
                out.writeStartArray();
                for (String element : ns.value()) {
                    out.writeString(element);
                }
                out.writeEndArray();
            }
        } else if (value instanceof AttributeValue.BS bs) {
            if (bs.value() != null) {
                out.writeFieldName("BS");
                out.writeStartArray();
                for (byte[] element : bs.value()) {
                    writeBase64(out, element);
                }
                out.writeEndArray();
            }
        } else {
            throw new IllegalArgumentException("unknown attribute value " + value.type());
        }
        out.writeEndObject();
    }

    /**
     * Padded standard base64 straight into the output, without an intermediate String; Jackson's
     * MIME_NO_LINEFEEDS variant is exactly {@code java.util.Base64.getEncoder()}'s alphabet and padding.
     */
    private static void writeBase64(JsonGenerator out, byte[] bytes) throws IOException {
        out.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, bytes, 0, bytes.length);
    }
}
