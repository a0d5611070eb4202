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
 *
 * <p>Every method calls the generator directly and turns its IOException into an unchecked one in
 * a plain catch: writers are passed around as BiConsumers, which cannot throw checked exceptions,
 * and a try/catch costs nothing until something is thrown (a lambda per call would cost an object
 * and an indirect call per value written). Attribute values, the bulk of item responses, bypass
 * this class altogether (see {@link AttributeValueWriter}).
 */
public final class JsonOut {

    private final JsonGenerator out;

    JsonOut(JsonGenerator out) {
        this.out = out;
    }

    /** The generator itself, for the writers of the hot paths. */
    JsonGenerator generator() {
        return out;
    }

    public void string(String name, String value) {
        if (value != null) {
            try {
                out.writeStringField(name, value);
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    public void number(String name, Long value) {
        if (value != null) {
            try {
                out.writeNumberField(name, value);
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    public void number(String name, Double value) {
        if (value != null) {
            try {
                out.writeNumberField(name, value);
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    public void number(String name, int value) {
        try {
            out.writeNumberField(name, value);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public void base64(String name, byte[] value) {
        if (value != null) {
            try {
                out.writeStringField(name, Base64.getEncoder().encodeToString(value));
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    public void bool(String name, Boolean value) {
        if (value != null) {
            try {
                out.writeBooleanField(name, value);
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    public void date(String name, Instant value) {
        if (value != null) {
            try {
                out.writeFieldName(name);
                out.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3).toPlainString());
            } catch (IOException e) {
                throw unchecked(e);
            }
        }
    }

    public <T> void object(String name, T value, BiConsumer<JsonOut, T> members) {
        if (value != null) {
            fieldName(name);
            object(value, members);
        }
    }

    public <T> void list(String name, List<T> values, BiConsumer<JsonOut, T> element) {
        if (values != null) {
            fieldName(name);
            list(values, element);
        }
    }

    public <T> void map(String name, Map<String, T> values, BiConsumer<JsonOut, T> value) {
        if (values != null) {
            fieldName(name);
            map(values, value);
        }
    }

    /** An anonymous structure: a list element or a map value. */
    public <T> void object(T value, BiConsumer<JsonOut, T> members) {
        try {
            out.writeStartObject();
            members.accept(this, value);
            out.writeEndObject();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public <T> void list(List<T> values, BiConsumer<JsonOut, T> element) {
        try {
            out.writeStartArray();
            for (T value : values) {
                element.accept(this, value);
            }
            out.writeEndArray();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public <T> void map(Map<String, T> values, BiConsumer<JsonOut, T> value) {
        try {
            out.writeStartObject();
            for (Map.Entry<String, T> entry : values.entrySet()) {
                out.writeFieldName(entry.getKey());
                value.accept(this, entry.getValue());
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    /** A bare string value, for lists and maps of strings. */
    public void string(String value) {
        try {
            out.writeString(value);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public void number(double value) {
        try {
            out.writeNumber(value);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public void base64(byte[] value) {
        try {
            out.writeString(Base64.getEncoder().encodeToString(value));
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public void bool(boolean value) {
        try {
            out.writeBoolean(value);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    private void fieldName(String name) {
        try {
            out.writeFieldName(name);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
