package dev.cairn.core.expression;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.AttributeNameRule;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One request's ExpressionAttributeNames and ExpressionAttributeValues, shared by all of its
 * expressions. DynamoDB rejects empty maps and malformed keys before it parses anything, an
 * undefined placeholder while resolving, and an unused one after every expression is resolved
 * (names first, keys listed in Java HashSet order, which is the order DynamoDB prints). Not
 * thread-safe: one request, one thread.
 */
public final class ExpressionContext {

    private static final Pattern NAME_KEY = Pattern.compile("#[A-Za-z0-9_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[A-Za-z0-9_]+");

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();

    /** @throws ApiException for an empty map or a malformed key or name */
    public ExpressionContext(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names == null ? Map.of() : names;
        this.values = values == null ? Map.of() : values;
        if (names != null) {
            if (names.isEmpty()) {
                throw ApiException.validation("ExpressionAttributeNames must not be empty");
            }
            names.forEach((key, name) -> {
                if (!NAME_KEY.matcher(key).matches()) {
                    throw ApiException.validation(
                            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
                }
                // a null name is echoed as "null" (DynamoDB Local 3.3.1), not taken for an empty one
                String violation = name == null ? "null" : AttributeNameRule.violation(name);
                if (violation != null) {
                    throw ApiException.validation(
                            "ExpressionAttributeNames contains invalid value: " + violation + " for key " + key);
                }
            });
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw ApiException.validation("ExpressionAttributeValues must not be empty");
            }
            for (String key : values.keySet()) {
                if (!VALUE_KEY.matcher(key).matches()) {
                    throw ApiException.validation(
                            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
                }
            }
        }
    }

    String name(String placeholder, ExpressionKind kind) {
        String name = names.get(placeholder);
        if (name == null) {
            throw kind.invalid("An expression attribute name used in the document path is not defined; attribute name: "
                    + placeholder);
        }
        usedNames.add(placeholder);
        return name;
    }

    AttributeValue value(String placeholder, ExpressionKind kind) {
        AttributeValue value = values.get(placeholder);
        if (value == null) {
            throw kind.invalid("An expression attribute value used in expression is not defined; attribute value: "
                    + placeholder);
        }
        usedValues.add(placeholder);
        return value;
    }

    /** @throws ApiException naming the unused names, else the unused values */
    public void checkAllUsed() {
        unused("ExpressionAttributeNames", names.keySet(), usedNames);
        unused("ExpressionAttributeValues", values.keySet(), usedValues);
    }

    private static void unused(String parameter, Set<String> provided, Set<String> used) {
        Set<String> unused = new HashSet<>(new LinkedHashSet<>(provided));
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw ApiException.validation("Value provided in " + parameter + " unused in expressions: keys: {"
                    + String.join(", ", unused) + "}");
        }
    }
}
