package dev.cairn.core.validation;

import dev.cairn.api.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's first validation stage: each request member checked against its declared constraints
 * (not null, length, pattern, enum, range), all violations collected and reported together as
 * "N validation error(s) detected: Value '...' at '...' failed to satisfy constraint: ...".
 */
public final class ConstraintViolations {

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
        if (!isResourceName(name)) {
            add(name, member, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return this;
    }

    /** Whether the name matches [a-zA-Z0-9_.-]+; checked on every request, so without a regex. */
    private static boolean isResourceName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    public ConstraintViolations notNull(String member, Object value) {
        if (value == null) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    /** An optional enum member; {@code allowed} lists the values in the order DynamoDB prints them. */
    public ConstraintViolations oneOf(String member, String value, String allowed) {
        if (value != null && !isOneOf(value, allowed)) {
            add(value, member, "Member must satisfy enum value set: " + allowed);
        }
        return this;
    }

    /** Whether value is one of the entries of {@code allowed}, a list printed as "[A, B, C]". */
    private static boolean isOneOf(String value, String allowed) {
        int start = 1;
        while (start < allowed.length()) {
            int end = allowed.indexOf(", ", start);
            if (end < 0) {
                end = allowed.length() - 1;
            }
            if (allowed.regionMatches(start, value, 0, value.length()) && end - start == value.length()) {
                return true;
            }
            start = end + 2;
        }
        return false;
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

    /**
     * A violation DynamoDB's newer validation reports without echoing the value ("Value at
     * 'Limit' failed to satisfy constraint: ..."), naming the member as the API spells it.
     */
    public ConstraintViolations addUnechoed(String member, String constraint) {
        violations.add("Value at '" + member + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    public void add(Object value, String member, String constraint) {
        violations.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    /**
     * Throws DynamoDB's ValidationException listing every violation found, if any; DynamoDB stops
     * at ten (dynalite validations/index.js, modelled on DynamoDB's answers).
     */
    public void throwIfAny() {
        if (violations.isEmpty()) {
            return;
        }
        List<String> listed = violations.subList(0, Math.min(MAX_LISTED, violations.size()));
        int count = listed.size();
        throw ApiException.validation(count + " validation error" + (count == 1 ? "" : "s") + " detected: "
                + String.join("; ", listed));
    }

    private static final int MAX_LISTED = 10;
}
