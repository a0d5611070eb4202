package dev.cairn.core.expression;

import java.util.List;

/** A resolved condition: the tree {@link Evaluator} tests items against. */
sealed interface Predicate {

    record Compare(String operator, Operand left, Operand right) implements Predicate {}

    record Between(Operand value, Operand lower, Operand upper) implements Predicate {}

    record In(Operand value, List<Operand> candidates) implements Predicate {}

    record And(Predicate left, Predicate right) implements Predicate {}

    record Or(Predicate left, Predicate right) implements Predicate {}

    record Not(Predicate inner) implements Predicate {}

    record Exists(DocumentPath path, boolean expected) implements Predicate {}

    /** {@code of} is usually a path; DynamoDB also takes a value or size() there (attribute_type(:v, :t)). */
    record TypeIs(Operand of, String type) implements Predicate {}

    record BeginsWith(Operand value, Operand prefix) implements Predicate {}

    record Contains(Operand container, Operand element) implements Predicate {}
}
