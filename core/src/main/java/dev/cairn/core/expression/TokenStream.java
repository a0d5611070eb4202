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

    private final String text;
    private final List<Token> tokens;
    private int pos;

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
