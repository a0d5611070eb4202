package dev.cairn.core.validation;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.item.AttributeValues;
import java.util.Map;

/**
 * Builds a request's expression context. Attribute names and values are refused when the request
 * has no expression to use them in; values are checked like any attribute value.
 */
public final class ExpressionContexts {

    private ExpressionContexts() {}

    /** @param expressions the request's expressions, null where absent */
    public static ExpressionContext of(Map<String, String> names, Map<String, AttributeValue> values,
            String... expressions) {
        boolean anyExpression = false;
        for (String expression : expressions) {
            anyExpression |= expression != null;
        }
        if (!anyExpression && names != null) {
            throw ApiException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (!anyExpression && values != null) {
            throw ApiException.validation("ExpressionAttributeValues can only be specified when using expressions");
        }
        return new ExpressionContext(names, values == null ? null : AttributeValues.checkedExpressionValues(values));
    }
}
