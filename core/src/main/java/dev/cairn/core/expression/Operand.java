package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;

/** A resolved operand: placeholders substituted, functions checked. Evaluated by {@link Evaluator}. */
sealed interface Operand {

    /** The DynamoDB type this operand always has, or null when only the item can tell. */
    default String staticType() {
        return null;
    }

    record PathRef(DocumentPath path) implements Operand {}

    record Constant(AttributeValue value) implements Operand {
        @Override
        public String staticType() {
            return value.type();
        }
    }

    record Size(Operand of) implements Operand {
        @Override
        public String staticType() {
            return "N";
        }
    }

    record IfNotExists(DocumentPath path, Operand fallback) implements Operand {}

    record ListAppend(Operand first, Operand second) implements Operand {}

    record Arithmetic(char operator, Operand left, Operand right) implements Operand {}
}
