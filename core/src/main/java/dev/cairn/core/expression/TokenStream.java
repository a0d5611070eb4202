package dev.cairn.core.expression;

import dev.cairn.core.expression.Token.Type;
import java.util.List;

/**
 * The cursor the recursive-descent parsers share, and DynamoDB's syntax-error wording: the
 * offending token, and "near" the text from the token before it to the token after it.
 */
final class TokenStream {

    /** A parse failure at a token index; cheap, because the parsers backtrack over "(". */
    static final class Failure extends RuntimeException {
        final int index;

        Failure(int index) {
            super(null, null, false, false);
            this.index = index;
        }
    }

    /** Thrown, past every backtracking point, when the nesting exceeds {@link NestingLimit#MAX_DEPTH}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    TokenStream(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    boolean at(Type type) {
        return peek().is(type);
    }

    boolean accept(Type type) {
        if (at(type)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(Type type) {
        if (!at(type)) {
            throw fail();
        }
        return tokens.get(pos++);
    }

    Failure fail() {
        return new Failure(pos);
    }

    /**
     * Enters one level of the grammar's nesting ("(" or a function call), refusing to go deeper than
     * {@link NestingLimit#MAX_DEPTH}, so that no input within the 4 KB limit can overflow the stack.
     * Each {@code enter} is paired with a {@link #leave} in a {@code finally}.
     */
    void enter() {
        if (++depth > NestingLimit.MAX_DEPTH) {
            throw new TooDeep();
        }
    }

    void leave() {
        depth--;
    }

    List<Token> tokens() {
        return tokens;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    /** The failure that got further, as an LL parser with full lookahead would report it. */
    static Failure further(Failure a, Failure b) {
        return b.index > a.index ? b : a;
    }

    String syntaxError(Failure failure) {
        int i = failure.index;
        Token token = tokens.get(i);
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        int start = previous != null ? previous.start() : token.is(Type.EOF) ? 0 : token.start();
        int end = token.is(Type.EOF) || tokens.get(i + 1).is(Type.EOF) ? text.length() : tokens.get(i + 1).end();
        return "Syntax error; token: \"" + token.quoted() + "\", near: \"" + text.substring(start, end) + "\"";
    }
}
