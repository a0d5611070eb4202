package dev.cairn.core.expression;

import dev.cairn.core.expression.Token.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * How deep the parsers nest, and DynamoDB's answer to an expression nested deeper. DynamoDB
 * parses any expression of up to 4 KB whole; the parsers here recurse once per "(" and function
 * call (a run of NOTs is read in a loop), so they stop at {@link #MAX_DEPTH} levels instead of
 * overflowing the stack. An expression DynamoDB accepts nests that deep only by alternating
 * parentheses and calls ({@code ((size((size(...}): each level is a call (an operator) or a
 * parenthesis whose content is an operator (else the parentheses are redundant), and 300 operators
 * are allowed. Deeper, the answer is the error DynamoDB gives after its full parse, found without
 * recursion: a syntax error for unbalanced parentheses, else redundant parentheses, else the
 * function errors {@link StaticChecks} reports before the operator count (an unknown function name,
 * size() of a size()), else too many operators (scylladb test/alternator/test_limits.py
 * test_deeply_nested_expression_2..5, run against DynamoDB).
 */
final class NestingLimit {

    /** Levels of "(" and calls; 4 stack frames each, so well within a 1 MB thread stack. */
    static final int MAX_DEPTH = 320;

    private NestingLimit() {}

    static String message(TokenStream in, ExpressionKind kind) {
        List<Token> tokens = in.tokens();
        int[] closedAt = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        boolean redundant = false;
        for (int i = 0; i < tokens.size(); i++) {
            Type type = tokens.get(i).type();
            if (type == Type.LPAREN) {
                open.push(i);
            } else if (type == Type.RPAREN) {
                if (open.isEmpty()) {
                    return in.syntaxError(new TokenStream.Failure(i));
                }
                int start = open.pop();
                closedAt[start] = i;
                // "((x))": a grouping pair (not a call's) directly enclosing a pair that closed just before it
                boolean call = start > 0 && tokens.get(start - 1).is(Type.NAME);
                redundant |= !call && tokens.get(start + 1).is(Type.LPAREN) && closedAt[start + 1] == i - 1;
            }
        }
        if (!open.isEmpty()) {
            return in.syntaxError(new TokenStream.Failure(tokens.size() - 1));
        }
        if (redundant) {
            return "The expression has redundant parentheses;";
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String name = tokens.get(i).text();
            if (tokens.get(i).is(Type.NAME) && tokens.get(i + 1).is(Type.LPAREN)
                    && !StaticChecks.FUNCTION_NAMES.contains(name)) {
                return "Invalid function name; function: " + name;
            }
        }
        return sizeOfSize(tokens) ? StaticChecks.sizeOfSizeMessage(kind)
                : "The expression contains too many operators; operator count: " + (StaticChecks.MAX_OPERATORS + 1);
    }

    /** "size(" followed, after any "(", by another "size(". */
    private static boolean sizeOfSize(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isSizeCall(tokens, i)) {
                int j = i + 2;
                while (j < tokens.size() && tokens.get(j).is(Type.LPAREN)) {
                    j++;
                }
                if (isSizeCall(tokens, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSizeCall(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).is(Type.NAME) && tokens.get(i).text().equals("size")
                && tokens.get(i + 1).is(Type.LPAREN);
    }
}
