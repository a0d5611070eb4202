package dev.cairn.frontend.http.json;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of one request structure and the type each is read as. DynamoDB's wire format is
 * typed per member, so a schema is all a reader needs to report type mismatches as DynamoDB does.
 *
 * <p>Each member has a slot number, so the values read for one structure live in an array
 * ({@link Members}) rather than a map of their own: one lookup by name per member read.
 */
public final class Schema {

    /** A declared member: its slot in {@link Members} and the reader of its value. */
    record Member(int slot, Function<WireReader, ?> reader) {}

    private final Map<String, Member> members;

    private Schema(Map<String, Member> members) {
        this.members = Map.copyOf(members);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The member of that name; null for a name the schema does not declare. */
    Member member(String name) {
        return members.get(name);
    }

    int size() {
        return members.size();
    }

    /** Collects member names (DynamoDB's PascalCase spelling) with their readers. */
    public static final class Builder {
        private final Map<String, Member> members = new HashMap<>();

        public Builder member(String name, Function<WireReader, ?> reader) {
            Member declared = members.get(name);
            members.put(name, new Member(declared == null ? members.size() : declared.slot(), reader));
            return this;
        }

        public Schema build() {
            return new Schema(members);
        }
    }
}
