package dev.cairn.core.validation;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.item.AttributeValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a request's expression context. Attribute names and values are refused when the request
 * has no expression to use them in; DynamoDB's message for values names the expressions that could
 * have used them ("...: UpdateExpression and ConditionExpression are null"). Values are checked like
 * any attribute value.
 */
public final class ExpressionContexts {

    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;
    private final List<String> valueExpressionNames = new ArrayList<>(2);
    private boolean anyExpression;
    private boolean anyValueExpression;

    private ExpressionContexts(Map<String, String> names, Map<String, AttributeValue> values) {
        this.names = names;
        this.values = values;
    }

    /** Starts the context of a request with these ExpressionAttributeNames and ExpressionAttributeValues. */
    public static ExpressionContexts forRequest(Map<String, String> names, Map<String, AttributeValue> values) {
        return new ExpressionContexts(names, values);
    }

    /** An expression that may use values (condition, filter, update, key condition); text null when absent. */
    public ExpressionContexts withValues(String member, String text) {
        valueExpressionNames.add(member);
        anyExpression |= text != null;
        anyValueExpression |= text != null;
        return this;
    }

    /** An expression that uses names only (projection); text null when absent. */
    public ExpressionContexts namesOnly(String text) {
        anyExpression |= text != null;
        return this;
    }

    public ExpressionContext build() {
        if (!anyExpression && names != null) {
            throw ApiException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (!anyValueExpression && values != null) {
            String message = "ExpressionAttributeValues can only be specified when using expressions";
            if (!valueExpressionNames.isEmpty()) {
                message += ": " + String.join(" and ", valueExpressionNames)
                        + (valueExpressionNames.size() == 1 ? " is null" : " are null");
            }
            throw ApiException.validation(message);
        }
        return new ExpressionContext(names, values == null ? null : AttributeValues.checkedExpressionValues(values));
    }

    /**
     * The context of a request whose expressions are all given here, for callers that do not name
     * them; prefer {@link #forRequest}, whose messages name the expressions as DynamoDB does.
     */
    public static ExpressionContext of(Map<String, String> names, Map<String, AttributeValue> values,
            String... expressions) {
        ExpressionContexts contexts = forRequest(names, values);
        for (String expression : expressions) {
            contexts.anyExpression |= expression != null;
            contexts.anyValueExpression |= expression != null;
        }
        return contexts.build();
    }
}
