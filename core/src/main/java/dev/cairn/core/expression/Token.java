package dev.cairn.core.expression;

/** One lexeme with its place in the text, which syntax errors quote back ("near: ..."). */
record Token(Type type, String text, int start, int end) {

    enum Type {
        NAME, NAME_REF, VALUE_REF, INTEGER,
        AND, OR, NOT, BETWEEN, IN, SET, REMOVE, ADD, DELETE,
        EQ, NE, LT, LE, GT, GE, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, PLUS, MINUS,
        ILLEGAL, EOF
    }

    boolean is(Type t) {
        return type == t;
    }

    /** How DynamoDB quotes the token in a syntax error. */
    String quoted() {
        return type == Type.EOF ? "<EOF>" : text;
    }
}
