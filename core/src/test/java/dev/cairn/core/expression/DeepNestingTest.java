package dev.cairn.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expressions nested as deep as 4 KB allows are answered with DynamoDB's ValidationException, never
 * a StackOverflowError, in every grammar. Messages: scylladb test/alternator/test_limits.py
 * test_deeply_nested_expression_3 ("The expression has redundant parentheses") and _4 (more than
 * 300 operators: "The expression contains too many operators; operator count: 301"), run against
 * DynamoDB; "(((" is DynamoDB Local's syntax error at the end.
 */
class DeepNestingTest {

    /** Each check runs on a thread with half the usual stack (1 MB on 64-bit Linux), to show the parsers' depth is bounded. */
    private static final long SMALL_STACK = 512 * 1024;

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "CONDITION | parens | The expression has redundant parentheses;",
        "CONDITION | open | Syntax error; token: \"<EOF>\", near: \"(\"",
        "CONDITION | nots | The expression contains too many operators; operator count: 301",
        "CONDITION | grouped-ors | The expression contains too many operators; operator count: 301",
        "FILTER | parens | The expression has redundant parentheses;",
        "KEY_CONDITION | parens | The expression has redundant parentheses;",
        "KEY_CONDITION | open | Syntax error; token: \"<EOF>\", near: \"(\"",
        "UPDATE | parens | The expression has redundant parentheses;",
        "UPDATE | open | Syntax error; token: \"<EOF>\", near: \"(\"",
        // function errors come before the operator count: size() of size() is a type error, in an update size()
        // is misplaced, an unknown function is named (scylladb test_limits.py test_deeply_nested_expression_5,
        // run against DynamoDB: "Invalid function name; function: f"; DynamoDB Local 3.3.1 answers all three so)
        "UPDATE | calls | The function is not allowed in an update expression; function: size",
        "CONDITION | calls | Incorrect operand type for operator or function; operator or function: size, operand type: N",
        "CONDITION | paren-calls | Incorrect operand type for operator or function; operator or function: size, operand type: N",
        "CONDITION | unknown-calls | Invalid function name; function: f",
        "CONDITION | nots-and-calls | Incorrect operand type for operator or function; operator or function: size, operand type: N",
        "FILTER | nots | The expression contains too many operators; operator count: 301",
    })
    void deepNestingWithinTheSizeLimitIsAValidationError(ExpressionKind kind, String shape, String message) {
        String text = text(kind, shape);
        assertThat(text.length()).isLessThanOrEqualTo(Expressions.MAX_LENGTH);

        Throwable thrown = onSmallStack(() -> parse(kind, text));

        assertThat(thrown).isInstanceOf(ApiException.class);
        assertEquals(ErrorCode.VALIDATION, ((ApiException) thrown).code());
        assertEquals(kind.invalid(message).getMessage(), thrown.getMessage());
    }

    @Test
    void threeHundredNestedOperatorsAreStillAccepted() {
        String text = "NOT (".repeat(299) + "n = :v" + ")".repeat(299); // 299 parentheses, 300 operators

        AtomicReference<Boolean> result = new AtomicReference<>();
        // On a thread of the JVM's default stack size, as the server's threads are: the deepest
        // expression DynamoDB accepts must fit there (on half of it, it fitted only most of the time).
        Throwable thrown = onStack(0, () -> result.set(Expressions.condition(text, Fixtures.context(text))
                .test(Fixtures.item())));

        assertThat(thrown).isNull();
        assertThat(result.get()).isFalse(); // n = 5 under an odd number of NOTs
    }

    @Test
    void aDocumentPathDeeperThanThirtyTwoLevelsIsRejected() {
        String text = "a" + ".b".repeat(1500);

        ApiException e = assertThrows(ApiException.class, () -> Expressions.projection(text, Fixtures.context(text)));

        // wording: scylladb test/alternator/test_projection_expression.py (33 levels on DynamoDB)
        assertEquals("Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 1501",
                e.getMessage());
    }

    private static String text(ExpressionKind kind, String shape) {
        String prefix = kind == ExpressionKind.UPDATE ? "SET a = " : kind == ExpressionKind.KEY_CONDITION ? "pk = " : "n = ";
        int room = (Expressions.MAX_LENGTH - prefix.length() - 4) / 2;
        return switch (shape) {
            case "parens" -> kind == ExpressionKind.UPDATE || kind == ExpressionKind.KEY_CONDITION
                    ? prefix + "(".repeat(room) + ":v" + ")".repeat(room)
                    : "(".repeat(room) + "n = :v" + ")".repeat(room);
            case "open" -> prefix + "(".repeat(Expressions.MAX_LENGTH - prefix.length());
            case "nots" -> "NOT ".repeat(1000) + "n = :v";
            case "grouped-ors" -> "n = :v" + " OR (n = :v".repeat(340) + ")".repeat(340);
            case "paren-calls" -> prefix + "(size(".repeat(511) + "n" + "))".repeat(511);
            case "calls" -> prefix + "size(".repeat(650) + "n" + ")".repeat(650);
            case "unknown-calls" -> "a < " + "f(".repeat(1355) + "b" + ")".repeat(1355);
            case "nots-and-calls" -> "NOT ".repeat(301) + "n = " + "size(".repeat(330) + "n" + ")".repeat(330);
            default -> throw new IllegalArgumentException(shape);
        };
    }

    private static void parse(ExpressionKind kind, String text) {
        ExpressionContext context = Fixtures.context(text);
        switch (kind) {
            case UPDATE -> Expressions.update(text, context);
            case KEY_CONDITION -> Expressions.keyCondition(text, context, "pk", null);
            default -> Expressions.condition(kind, text, context);
        }
    }

    /** What the work threw on a thread with a small stack, or null. */
    private static Throwable onSmallStack(Runnable work) {
        return onStack(SMALL_STACK, work);
    }

    /** What the work threw on a thread with this stack size (0: the JVM's default), or null. */
    private static Throwable onStack(long stackBytes, Runnable work) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "stack-" + stackBytes, stackBytes);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return thrown.get();
    }
}
