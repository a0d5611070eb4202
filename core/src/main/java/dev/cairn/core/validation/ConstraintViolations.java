package dev.cairn.core.validation;

import dev.cairn.api.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DynamoDB's first validation stage: each request member checked against its declared constraints
 * (not null, length, pattern, enum, range), all violations collected and reported together as
 * "N validation error(s) detected: Value '...' at '...' failed to satisfy constraint: ...".
 */
public final class ConstraintViolations {

    private static final Pattern NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");

    private final List<String> violations = new ArrayList<>();

    /** A table or index name: required, 3 to 255 characters of [a-zA-Z0-9_.-]. */
    public ConstraintViolations tableName(String member, String name) {
        if (name == null) {
            return notNull(member, null);
        }
        return resourceName(member, name);
    }

    /** An optional index name: when present, 3 to 255 characters of [a-zA-Z0-9_.-]. */
    public ConstraintViolations optionalName(String member, String name) {
        return name == null ? this : resourceName(member, name);
    }

    private ConstraintViolations resourceName(String member, String name) {
        if (name.length() < 3) {
            add(name, member, "Member must have length greater than or equal to 3");
        }
        if (name.length() > 255) {
            add(name, member, "Member must have length less than or equal to 255");
        }
        if (!NAME_PATTERN.matcher(name).matches()) {
            add(name, member, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return this;
    }

    public ConstraintViolations notNull(String member, Object value) {
        if (value == null) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    /** An optional enum member; {@code allowed} lists the values in the order DynamoDB prints them. */
    public ConstraintViolations oneOf(String member, String value, String allowed) {
        if (value != null && !allowed.substring(1, allowed.length() - 1).matches("(.*, )?" + Pattern.quote(value) + "(, .*)?")) {
            add(value, member, "Member must satisfy enum value set: " + allowed);
        }
        return this;
    }

    public ConstraintViolations atLeast(String member, Number value, long minimum) {
        if (value != null && value.longValue() < minimum) {
            add(value, member, "Member must have value greater than or equal to " + minimum);
        }
        return this;
    }

    public ConstraintViolations atMost(String member, Number value, long maximum) {
        if (value != null && value.longValue() > maximum) {
            add(value, member, "Member must have value less than or equal to " + maximum);
        }
        return this;
    }

    /** A collection's size: at least {@code minimum}, at most {@code maximum}. */
    public ConstraintViolations size(String member, java.util.Collection<?> value, int minimum, int maximum) {
        if (value != null && value.size() < minimum) {
            add(value, member, "Member must have length greater than or equal to " + minimum);
        }
        if (value != null && value.size() > maximum) {
            add(value, member, "Member must have length less than or equal to " + maximum);
        }
        return this;
    }

    /** A map's size: at least {@code minimum}, at most {@code maximum}. */
    public ConstraintViolations size(String member, java.util.Map<?, ?> value, int minimum, int maximum) {
        return size(member, value == null ? null : value.keySet(), minimum, maximum);
    }

    public void add(Object value, String member, String constraint) {
        violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    /** Throws DynamoDB's ValidationException listing every violation found, if any. */
    public void throwIfAny() {
        if (violations.isEmpty()) {
            return;
        }
        int count = violations.size();
        throw ApiException.validation(count + " validation error" + (count == 1 ? "" : "s") + " detected: "
                + String.join("; ", violations));
    }
}
