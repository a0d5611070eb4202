package dev.cairn.core.expression;

import dev.cairn.core.expression.Ast.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks DynamoDB makes on a parsed expression before it looks at names and values: repeated
 * update clauses, reserved words used bare, redundant parentheses, path depth, list index range,
 * IN operand count and operator count. Function calls count as operators, but an unknown function
 * name and a size() of a size() are reported before the count, as DynamoDB Local 3.3.1 reports them
 * (scylladb test_limits.py test_deeply_nested_expression_5, run against DynamoDB: a 1,355-deep
 * f(f(...)) is "Invalid function name; function: f"). They depend only on the text, so they run once per cached
 * parse.
 */
final class StaticChecks {

    static final int MAX_IN_OPERANDS = 100;
    static final int MAX_OPERATORS = 300;
    /** Function names are words of the grammar, not attribute names, even when also reserved. */
    static final Set<String> FUNCTION_NAMES = Set.of("size", "attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains", "if_not_exists", "list_append");

    private final ExpressionKind kind;
    private int operators;
    private String unknownFunction;
    private boolean sizeOfSize;

    private StaticChecks(ExpressionKind kind) {
        this.kind = kind;
    }

    static void check(ExpressionKind kind, Node node) {
        StaticChecks checks = new StaticChecks(kind);
        checks.node(node);
        checks.operatorCount();
    }

    static void check(ExpressionKind kind, Ast.Update update) {
        Set<String> seen = new HashSet<>();
        for (String section : update.sections()) {
            if (!seen.add(section)) {
                throw kind.invalid("The \"" + section + "\" section can only be used once in an update expression;");
            }
        }
        StaticChecks checks = new StaticChecks(kind);
        for (Ast.UpdateAction action : update.actions()) {
            checks.path(action.path());
            if (action.value() != null) {
                checks.node(action.value());
            }
        }
        checks.operatorCount();
    }

    static void check(ExpressionKind kind, Ast.Projection projection) {
        StaticChecks checks = new StaticChecks(kind);
        projection.paths().forEach(checks::path);
    }

    private void node(Node node) {
        if (node instanceof Ast.Paren p) {
            if (p.inner() instanceof Ast.Paren) {
                throw kind.invalid("The expression has redundant parentheses;");
            }
            node(p.inner());
        } else if (node instanceof Ast.PathOperand p) {
            path(p.path());
        } else if (node instanceof Ast.Call c) {
            count();
            if (unknownFunction == null && !FUNCTION_NAMES.contains(c.function())) {
                unknownFunction = c.function();
            }
            sizeOfSize |= c.function().equals("size") && c.args().size() == 1 && isSizeCall(c.args().get(0));
            c.args().forEach(this::node);
        } else if (node instanceof Ast.Arithmetic a) {
            binary(a.left(), a.right());
        } else if (node instanceof Ast.Compare c) {
            binary(c.left(), c.right());
        } else if (node instanceof Ast.And a) {
            binary(a.left(), a.right());
        } else if (node instanceof Ast.Or o) {
            binary(o.left(), o.right());
        } else if (node instanceof Ast.Not n) {
            Node inner = n; // a run of NOTs in a loop, as the parser reads it, so it costs no stack
            while (inner instanceof Ast.Not not) {
                count();
                inner = not.inner();
            }
            node(inner);
        } else if (node instanceof Ast.Between b) {
            count();
            node(b.value());
            node(b.lower());
            node(b.upper());
        } else if (node instanceof Ast.In in) {
            if (in.candidates().size() > MAX_IN_OPERANDS) {
                throw kind.invalid("The IN operator is provided with too many operands; number of operands: "
                        + in.candidates().size());
            }
            count();
            node(in.value());
            in.candidates().forEach(this::node);
        }
    }

    private void binary(Node left, Node right) {
        count();
        node(left);
        node(right);
    }

    private void count() {
        operators++;
    }

    /** Too many operators, after the function errors DynamoDB reports first. */
    private void operatorCount() {
        if (operators <= MAX_OPERATORS) {
            return;
        }
        if (unknownFunction != null) {
            throw kind.invalid("Invalid function name; function: " + unknownFunction);
        }
        if (sizeOfSize) {
            throw kind.invalid(sizeOfSizeMessage(kind));
        }
        throw kind.invalid("The expression contains too many operators; operator count: " + (MAX_OPERATORS + 1));
    }

    /** What the resolver says of size(size(x)): a type error in a condition, a misplaced function in an update. */
    static String sizeOfSizeMessage(ExpressionKind kind) {
        return kind == ExpressionKind.UPDATE ? "The function is not allowed in an update expression; function: size"
                : "Incorrect operand type for operator or function; operator or function: size, operand type: N";
    }

    private static boolean isSizeCall(Node node) {
        while (node instanceof Ast.Paren p) {
            node = p.inner();
        }
        return node instanceof Ast.Call c && c.function().equals("size");
    }

    private void path(Ast.Path path) {
        List<Ast.Step> steps = path.steps();
        for (Ast.Step step : steps) {
            if (step instanceof Ast.Name name && ReservedWords.isReserved(name.text())
                    && !FUNCTION_NAMES.contains(name.text())) {
                throw kind.invalid("Attribute name is a reserved keyword; reserved keyword: " + name.text());
            }
            if (step instanceof Ast.Index index && !indexInRange(index.digits())) {
                throw kind.invalid("List index is not within the allowable range; index: [" + index.digits() + "]");
            }
        }
        if (steps.size() > DocumentPath.MAX_DEPTH) {
            throw kind.invalid("The document path has too many nesting levels; nesting levels: " + steps.size());
        }
    }

    static boolean indexInRange(String digits) {
        return digits.length() < 10 || (digits.length() == 10 && digits.compareTo("2147483647") <= 0);
    }
}
