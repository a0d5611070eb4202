package dev.cairn.frontend.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain maps, lists, strings, numbers, booleans and nulls, for tests that take a valid
 * request apart and put it back together changed. Two extra leaves write what a tree cannot hold:
 * a member written twice ({@link Twice}) and bytes that are not UTF-8 ({@link RawBytes}).
 */
final class JsonTree {

    /** A map value written under its key twice, the first time as {@code first}. */
    record Twice(Object first, Object second) {}

    /** A string whose content is written as these bytes, unescaped (may be invalid UTF-8). */
    record RawBytes(byte[] bytes) {}

    /** A number written as this literal text ("1e999999", a 60-digit integer). */
    record RawNumber(String text) {}

    private static final JsonFactory JSON = new JsonFactory();

    private JsonTree() {}

    static Object parse(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            return value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.getCurrentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            default:
                return null;
        }
    }

    /** A deep copy, so that a mutation never changes the template it started from. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Twice twice) {
                    first = member(out, first, (String) e.getKey(), twice.first());
                    first = member(out, first, (String) e.getKey(), twice.second());
                } else {
                    first = member(out, first, (String) e.getKey(), e.getValue());
                }
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(out, list.get(i));
            }
            out.write(']');
        } else if (value instanceof String s) {
            out.writeBytes(quoted(s));
        } else if (value instanceof RawBytes raw) {
            out.write('"');
            out.writeBytes(raw.bytes());
            out.write('"');
        } else if (value instanceof RawNumber n) {
            out.writeBytes(n.text().getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof BigDecimal || value instanceof Number || value instanceof Boolean) {
            out.writeBytes(String.valueOf(value instanceof BigDecimal d ? d.toString() : value)
                    .getBytes(StandardCharsets.US_ASCII));
        } else {
            out.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static boolean member(ByteArrayOutputStream out, boolean first, String name, Object value) {
        if (!first) {
            out.write(',');
        }
        out.writeBytes(quoted(name));
        out.write(':');
        write(out, value);
        return false;
    }

    private static byte[] quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }
}
