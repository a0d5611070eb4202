package dev.cairn.core.expression;

import dev.cairn.core.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits expression text into tokens the way DynamoDB's lexer does: keywords are case-insensitive,
 * bare names start with a letter, integers have no leading zero ("00" is two tokens), and any other
 * character becomes a one-character token that the parser then reports as the syntax error.
 */
final class Tokenizer {

    private static final Map<String, Type> KEYWORDS = Map.of(
            "AND", Type.AND, "OR", Type.OR, "NOT", Type.NOT, "BETWEEN", Type.BETWEEN, "IN", Type.IN,
            "SET", Type.SET, "REMOVE", Type.REMOVE, "ADD", Type.ADD, "DELETE", Type.DELETE);

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            int start = i;
            Type type;
            if (isLetter(c)) {
                i = wordEnd(text, i + 1);
                String word = text.substring(start, i);
                type = KEYWORDS.getOrDefault(word.toUpperCase(Locale.ROOT), Type.NAME);
            } else if ((c == '#' || c == ':') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                i = wordEnd(text, i + 1);
                type = c == '#' ? Type.NAME_REF : Type.VALUE_REF;
            } else if (c == '0') {
                i++;
                type = Type.INTEGER;
            } else if (c >= '1' && c <= '9') {
                i++;
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                type = Type.INTEGER;
            } else {
                i += Character.charCount(text.codePointAt(i));
                type = symbol(text, start);
                if (type == Type.LE || type == Type.GE || type == Type.NE) {
                    i++;
                }
            }
            tokens.add(new Token(type, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Type.EOF, "", n, n));
        return tokens;
    }

    private static Type symbol(String text, int i) {
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        return switch (c) {
            case '=' -> Type.EQ;
            case '<' -> next == '=' ? Type.LE : next == '>' ? Type.NE : Type.LT;
            case '>' -> next == '=' ? Type.GE : Type.GT;
            case '(' -> Type.LPAREN;
            case ')' -> Type.RPAREN;
            case '[' -> Type.LBRACKET;
            case ']' -> Type.RBRACKET;
            case ',' -> Type.COMMA;
            case '.' -> Type.DOT;
            case '+' -> Type.PLUS;
            case '-' -> Type.MINUS;
            default -> Type.ILLEGAL;
        };
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
