package dev.cairn.core.item;

import dev.cairn.api.model.AttributeValue;

/**
 * The long type names DynamoDB uses in some messages: legacy AttributeUpdates ("not supported for
 * the type NUMBER") and update-expression operand errors ("operand type: NUMBER").
 */
public final class TypeNames {

    private TypeNames() {}

    public static String of(AttributeValue value) {
        return switch (value.type()) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "NULL" -> "NULL";
            case "L" -> "LIST";
            case "M" -> "MAP";
            case "SS" -> "STRING_SET";
            case "NS" -> "NUMBER_SET";
            default -> "BINARY_SET";
        };
    }
}
