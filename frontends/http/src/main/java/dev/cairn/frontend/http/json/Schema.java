package dev.cairn.frontend.http.json;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of one request structure and the type each is read as. DynamoDB's wire format is
 * typed per member, so a schema is all a reader needs to report type mismatches as DynamoDB does.
 */
public final class Schema {

    private final Map<String, Function<WireReader, ?>> members;

    private Schema(Map<String, Function<WireReader, ?>> members) {
        this.members = Map.copyOf(members);
    }

    public static Builder builder() {
        return new Builder();
    }

    Function<WireReader, ?> reader(String member) {
        return members.get(member);
    }

    boolean declares(String member) {
        return members.containsKey(member);
    }

    /** Collects member names (DynamoDB's PascalCase spelling) with their readers. */
    public static final class Builder {
        private final Map<String, Function<WireReader, ?>> members = new HashMap<>();

        public Builder member(String name, Function<WireReader, ?> reader) {
            members.put(name, reader);
            return this;
        }

        public Schema build() {
            return new Schema(members);
        }
    }
}
