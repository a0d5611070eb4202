package dev.cairn.core.expression;

import dev.cairn.core.expression.Ast.And;
import dev.cairn.core.expression.Ast.Between;
import dev.cairn.core.expression.Ast.Compare;
import dev.cairn.core.expression.Ast.In;
import dev.cairn.core.expression.Ast.Node;
import dev.cairn.core.expression.Ast.Not;
import dev.cairn.core.expression.Ast.Or;
import dev.cairn.core.expression.Ast.Paren;
import dev.cairn.core.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Condition, filter and key-condition grammar. Precedence, loosest first: OR, AND, NOT, then the
 * comparisons, BETWEEN, IN and function calls. A "(" is ambiguous (a grouped condition or a
 * grouped operand), so both readings are tried and the one that got further reports the error.
 */
final class ConditionParser {

    private final TokenStream in;
    private final OperandParser operands;

    private ConditionParser(TokenStream in) {
        this.in = in;
        this.operands = new OperandParser(in);
    }

    /** @throws TokenStream.Failure at the offending token */
    static Node parse(TokenStream in) {
        ConditionParser parser = new ConditionParser(in);
        Node node = parser.or();
        in.expect(Type.EOF);
        return node;
    }

    private Node or() {
        Node left = and();
        while (in.accept(Type.OR)) {
            left = new Or(left, and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (in.accept(Type.AND)) {
            left = new And(left, not());
        }
        return left;
    }

    /** NOT NOT ... p, counted in a loop rather than by recursion, so a long run of NOTs costs no stack. */
    private Node not() {
        int nots = 0;
        while (in.accept(Type.NOT)) {
            nots++;
        }
        Node node = predicate();
        for (int i = 0; i < nots; i++) {
            node = new Not(node);
        }
        return node;
    }

    private Node predicate() {
        if (in.at(Type.LPAREN)) {
            int mark = in.mark();
            try {
                in.expect(Type.LPAREN);
                Node inner;
                in.enter();
                try {
                    inner = or();
                } finally {
                    in.leave();
                }
                in.expect(Type.RPAREN);
                if (startsComparison()) {
                    throw in.fail();
                }
                return new Paren(inner);
            } catch (TokenStream.Failure grouped) {
                in.reset(mark);
                try {
                    return comparison(operands.operand());
                } catch (TokenStream.Failure operand) {
                    throw TokenStream.further(grouped, operand);
                }
            }
        }
        Node left = operands.operand();
        if (left instanceof Ast.Call && !startsComparison()) {
            return left;
        }
        return comparison(left);
    }

    private boolean startsComparison() {
        return switch (in.peek().type()) {
            case EQ, NE, LT, LE, GT, GE, BETWEEN, IN -> true;
            default -> false;
        };
    }

    private Node comparison(Node left) {
        Token op = in.peek();
        switch (op.type()) {
            case EQ, NE, LT, LE, GT, GE -> {
                in.expect(op.type());
                return new Compare(op.text(), left, operands.operand());
            }
            case BETWEEN -> {
                in.expect(Type.BETWEEN);
                Node lower = operands.operand();
                in.expect(Type.AND);
                return new Between(left, lower, operands.operand());
            }
            case IN -> {
                in.expect(Type.IN);
                in.expect(Type.LPAREN);
                List<Node> candidates = new ArrayList<>();
                do {
                    candidates.add(operands.operand());
                } while (in.accept(Type.COMMA));
                in.expect(Type.RPAREN);
                return new In(left, List.copyOf(candidates));
            }
            default -> throw in.fail();
        }
    }
}
