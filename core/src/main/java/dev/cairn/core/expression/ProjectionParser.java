package dev.cairn.core.expression;

import dev.cairn.core.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** Projection grammar: document paths separated by commas, nothing else (no functions). */
final class ProjectionParser {

    private ProjectionParser() {}

    /** @throws TokenStream.Failure at the offending token */
    static Ast.Projection parse(TokenStream in) {
        OperandParser operands = new OperandParser(in);
        List<Ast.Path> paths = new ArrayList<>();
        do {
            paths.add(operands.path());
        } while (in.accept(Type.COMMA));
        in.expect(Type.EOF);
        return new Ast.Projection(List.copyOf(paths));
    }
}
