package dev.cairn.frontend.http.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes response members the way DynamoDB does: PascalCase names, absent (null) members left out,
 * dates as epoch seconds with millisecond fraction ({@code 1795491576.701}, {@code 0.000}),
 * binaries as padded base64.
 */
public final class JsonOut {

    private final JsonGenerator out;

    JsonOut(JsonGenerator out) {
        this.out = out;
    }

    public void string(String name, String value) {
        if (value != null) {
            io(() -> out.writeStringField(name, value));
        }
    }

    public void number(String name, Long value) {
        if (value != null) {
            io(() -> out.writeNumberField(name, value));
        }
    }

    public void number(String name, Double value) {
        if (value != null) {
            io(() -> out.writeNumberField(name, value));
        }
    }

    public void number(String name, int value) {
        io(() -> out.writeNumberField(name, value));
    }

    public void base64(String name, byte[] value) {
        if (value != null) {
            io(() -> out.writeStringField(name, Base64.getEncoder().encodeToString(value)));
        }
    }

    public void bool(String name, Boolean value) {
        if (value != null) {
            io(() -> out.writeBooleanField(name, value));
        }
    }

    public void date(String name, Instant value) {
        if (value != null) {
            io(() -> {
                out.writeFieldName(name);
                out.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3).toPlainString());
            });
        }
    }

    public <T> void object(String name, T value, BiConsumer<JsonOut, T> members) {
        if (value != null) {
            io(() -> out.writeFieldName(name));
            object(value, members);
        }
    }

    public <T> void list(String name, List<T> values, BiConsumer<JsonOut, T> element) {
        if (values != null) {
            io(() -> out.writeFieldName(name));
            list(values, element);
        }
    }

    public <T> void map(String name, Map<String, T> values, BiConsumer<JsonOut, T> value) {
        if (values != null) {
            io(() -> out.writeFieldName(name));
            map(values, value);
        }
    }

    /** An anonymous structure: a list element or a map value. */
    public <T> void object(T value, BiConsumer<JsonOut, T> members) {
        io(out::writeStartObject);
        members.accept(this, value);
        io(out::writeEndObject);
    }

    public <T> void list(List<T> values, BiConsumer<JsonOut, T> element) {
        io(out::writeStartArray);
        for (T value : values) {
            element.accept(this, value);
        }
        io(out::writeEndArray);
    }

    public <T> void map(Map<String, T> values, BiConsumer<JsonOut, T> value) {
        io(out::writeStartObject);
        for (Map.Entry<String, T> entry : values.entrySet()) {
            io(() -> out.writeFieldName(entry.getKey()));
            value.accept(this, entry.getValue());
        }
        io(out::writeEndObject);
    }

    /** A bare string value, for lists and maps of strings. */
    public void string(String value) {
        io(() -> out.writeString(value));
    }

    public void number(double value) {
        io(() -> out.writeNumber(value));
    }

    public void base64(byte[] value) {
        io(() -> out.writeString(Base64.getEncoder().encodeToString(value)));
    }

    public void bool(boolean value) {
        io(() -> out.writeBoolean(value));
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
