package dev.cairn.core.expression;

import java.util.List;

/**
 * The parsed, unresolved form of every expression language: names and values are still the
 * placeholders written in the text, so one tree serves every request that sends the same text
 * (it is what the cache holds). Parentheses are kept as nodes because DynamoDB rejects redundant
 * ones after parsing.
 */
final class Ast {

    private Ast() {}

    /** A path step as written: a bare name, a {@code #name} placeholder, or a list index (text). */
    sealed interface Step {}

    record Name(String text) implements Step {}

    record NameRef(String placeholder) implements Step {}

    record Index(String digits) implements Step {}

    record Path(List<Step> steps) {}

    /** Anything that yields a value, or (for functions) a truth value. */
    sealed interface Node {}

    record PathOperand(Path path) implements Node {}

    record ValueRef(String placeholder) implements Node {}

    record Call(String function, List<Node> args) implements Node {}

    record Arithmetic(char operator, Node left, Node right) implements Node {}

    record Paren(Node inner) implements Node {}

    record Compare(String operator, Node left, Node right) implements Node {}

    record Between(Node value, Node lower, Node upper) implements Node {}

    record In(Node value, List<Node> candidates) implements Node {}

    record And(Node left, Node right) implements Node {}

    record Or(Node left, Node right) implements Node {}

    record Not(Node inner) implements Node {}

    /** One update clause: SET path = value, REMOVE path, ADD path value, DELETE path value. */
    record UpdateAction(String clause, Path path, Node value) {}

    /** {@code sections}: the clause keywords in the order written, repeats included. */
    record Update(List<String> sections, List<UpdateAction> actions) {}

    record Projection(List<Path> paths) {}
}
