package dev.cairn.core.expression;

import dev.cairn.core.expression.Ast.Node;
import dev.cairn.core.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Operands and document paths, shared by every grammar: {@code a.b[2].#c}, {@code :v}, function
 * calls and grouped operands. In update expressions an operand may be {@code x + y} or {@code x - y}
 * (one operator, no chains), which {@link #setValue()} parses.
 */
final class OperandParser {

    private final TokenStream in;
    private final boolean update;

    OperandParser(TokenStream in) {
        this(in, false);
    }

    OperandParser(TokenStream in, boolean update) {
        this.in = in;
        this.update = update;
    }

    Node setValue() {
        Node left = operand();
        if (in.at(Type.PLUS) || in.at(Type.MINUS)) {
            char op = in.peek().text().charAt(0);
            in.accept(in.peek().type());
            return new Ast.Arithmetic(op, left, operand());
        }
        return left;
    }

    Node operand() {
        Token token = in.peek();
        switch (token.type()) {
            case LPAREN -> {
                in.expect(Type.LPAREN);
                in.enter();
                try {
                    Node inner = update ? setValue() : operand();
                    in.expect(Type.RPAREN);
                    return new Ast.Paren(inner);
                } finally {
                    in.leave();
                }
            }
            case VALUE_REF -> {
                in.expect(Type.VALUE_REF);
                return new Ast.ValueRef(token.text());
            }
            case NAME -> {
                if (in.peek(1).is(Type.LPAREN)) {
                    return call();
                }
                return new Ast.PathOperand(path());
            }
            case NAME_REF -> {
                return new Ast.PathOperand(path());
            }
            default -> throw in.fail();
        }
    }

    private Node call() {
        String name = in.expect(Type.NAME).text();
        in.expect(Type.LPAREN);
        in.enter();
        try {
            List<Node> args = new ArrayList<>();
            do {
                args.add(update ? setValue() : operand());
            } while (in.accept(Type.COMMA));
            in.expect(Type.RPAREN);
            return new Ast.Call(name, List.copyOf(args));
        } finally {
            in.leave();
        }
    }

    Ast.Path path() {
        List<Ast.Step> steps = new ArrayList<>();
        steps.add(name());
        while (true) {
            if (in.accept(Type.DOT)) {
                steps.add(name());
            } else if (in.accept(Type.LBRACKET)) {
                steps.add(new Ast.Index(in.expect(Type.INTEGER).text()));
                in.expect(Type.RBRACKET);
            } else {
                return new Ast.Path(List.copyOf(steps));
            }
        }
    }

    private Ast.Step name() {
        Token token = in.peek();
        if (token.is(Type.NAME)) {
            in.expect(Type.NAME);
            return new Ast.Name(token.text());
        }
        return new Ast.NameRef(in.expect(Type.NAME_REF).text());
    }
}
