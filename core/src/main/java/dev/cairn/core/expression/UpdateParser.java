package dev.cairn.core.expression;

import dev.cairn.core.expression.Ast.UpdateAction;
import dev.cairn.core.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Update grammar: clauses SET, REMOVE, ADD, DELETE in any order, each a comma-separated list of
 * actions. ADD and DELETE take a value placeholder only. Repeated clauses parse; the static checks
 * reject them afterwards, as DynamoDB does.
 */
final class UpdateParser {

    private UpdateParser() {}

    /** @throws TokenStream.Failure at the offending token */
    static Ast.Update parse(TokenStream in) {
        OperandParser operands = new OperandParser(in, true);
        List<UpdateAction> actions = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        do {
            Token clause = in.peek();
            switch (clause.type()) {
                case SET, REMOVE, ADD, DELETE -> in.expect(clause.type());
                default -> throw in.fail();
            }
            String name = clause.type().name();
            sections.add(name);
            do {
                Ast.Path path = operands.path();
                Ast.Node value = switch (clause.type()) {
                    case SET -> {
                        in.expect(Type.EQ);
                        yield operands.setValue();
                    }
                    case ADD, DELETE -> new Ast.ValueRef(in.expect(Type.VALUE_REF).text());
                    default -> null;
                };
                actions.add(new UpdateAction(name, path, value));
            } while (in.accept(Type.COMMA));
        } while (!in.at(Type.EOF));
        return new Ast.Update(List.copyOf(sections), List.copyOf(actions));
    }
}
