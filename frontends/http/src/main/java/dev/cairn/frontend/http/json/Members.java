package dev.cairn.frontend.http.json;

import java.util.Map;

/** The members read from one JSON structure, by their wire name; absent members are null. */
public final class Members {

    private final Schema schema;
    private final Map<String, Object> values;

    static Members empty(Schema schema) {
        return new Members(schema, Map.of());
    }

    Members(Schema schema, Map<String, Object> values) {
        this.schema = schema;
        this.values = values;
    }

    /**
     * The value of a member, typed as its schema reader made it.
     *
     * @throws IllegalArgumentException for a name the schema does not declare (a programming error)
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        if (!schema.declares(name)) {
            throw new IllegalArgumentException("undeclared member " + name);
        }
        return (T) values.get(name);
    }
}
