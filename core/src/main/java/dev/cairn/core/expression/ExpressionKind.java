package dev.cairn.core.expression;

import dev.cairn.api.ApiException;

/**
 * Which request parameter an expression came from. DynamoDB prefixes every static error with the
 * parameter's name ("Invalid FilterExpression: ..."), and the same grammar is shared by several of
 * them, so the kind travels with the parse.
 */
public enum ExpressionKind {
    CONDITION("ConditionExpression"),
    FILTER("FilterExpression"),
    UPDATE("UpdateExpression"),
    PROJECTION("ProjectionExpression"),
    KEY_CONDITION("KeyConditionExpression");

    private final String parameter;

    ExpressionKind(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** A ValidationException worded "Invalid &lt;parameter&gt;: detail". */
    ApiException invalid(String detail) {
        return ApiException.validation("Invalid " + parameter + ": " + detail);
    }
}
