package dev.cairn.frontend.http.json;

/** The members read from one JSON structure, by their wire name; absent members are null. */
public final class Members {

    private final Schema schema;
    private final Object[] values;

    Members(Schema schema) {
        this.schema = schema;
        this.values = new Object[schema.size()];
    }

    /** Sets a member read from the wire; a member sent twice keeps its last value. */
    void set(Schema.Member member, Object value) {
        values[member.slot()] = value;
    }

    /**
     * The value of a member, typed as its schema reader made it.
     *
     * @throws IllegalArgumentException for a name the schema does not declare (a programming error)
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        Schema.Member member = schema.member(name);
        if (member == null) {
            throw new IllegalArgumentException("undeclared member " + name);
        }
        return (T) values[member.slot()];
    }
}
