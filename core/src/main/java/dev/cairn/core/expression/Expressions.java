package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.TypeNames;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Entry point for DynamoDB's expression languages. Each call goes through DynamoDB's stages: size
 * limit, parse (syntax errors), static checks, then resolution against the request's names and
 * values with the semantic checks; the parse and the static checks are cached by text. After all of
 * a request's expressions are built, the engine calls {@link ExpressionContext#checkAllUsed()}.
 */
public final class Expressions {

    /** Longest expression text DynamoDB accepts, in bytes. */
    public static final int MAX_LENGTH = 4096;

    private static final ExpressionCache CACHE = new ExpressionCache(10_000);

    private Expressions() {}

    /** A ConditionExpression (errors prefixed "Invalid ConditionExpression"). */
    public static ConditionExpression condition(String text, ExpressionContext ctx) {
        return condition(ExpressionKind.CONDITION, text, ctx);
    }

    /** A FilterExpression (errors prefixed "Invalid FilterExpression"). */
    public static ConditionExpression filter(String text, ExpressionContext ctx) {
        return condition(ExpressionKind.FILTER, text, ctx);
    }

    public static ConditionExpression condition(ExpressionKind kind, String text, ExpressionContext ctx) {
        Ast.Node tree = parseCondition(kind, text);
        Predicate predicate = new Resolver(kind, ctx).condition(tree);
        List<DocumentPath> paths = PathCollector.paths(predicate);
        return new ConditionExpression() {
            @Override
            public boolean test(Map<String, AttributeValue> item) {
                return Evaluator.test(predicate, item);
            }

            @Override
            public List<DocumentPath> paths() {
                return paths;
            }
        };
    }

    public static UpdateExpression update(String text, ExpressionContext ctx) {
        ExpressionKind kind = ExpressionKind.UPDATE;
        Ast.Update update = CACHE.get(kind, text, () -> {
            Ast.Update parsed = parse(kind, text, UpdateParser::parse);
            StaticChecks.check(kind, parsed);
            return parsed;
        });
        Resolver resolver = new Resolver(kind, ctx);
        List<UpdateAction> actions = new ArrayList<>();
        for (Ast.UpdateAction a : update.actions()) {
            DocumentPath path = resolver.path(a.path());
            Operand value = a.value() == null ? null : resolver.operand(a.value());
            UpdateAction.Clause clause = UpdateAction.Clause.valueOf(a.clause());
            if (clause == UpdateAction.Clause.ADD || clause == UpdateAction.Clause.DELETE) {
                checkSetOperand(clause, ((Operand.Constant) value).value());
            }
            actions.add(new UpdateAction(clause, path, value));
        }
        List<DocumentPath> targets = actions.stream().map(UpdateAction::path).toList();
        PathOverlap.check(kind, targets);
        List<UpdateAction> resolved = List.copyOf(actions);
        boolean removesOnly = resolved.stream().allMatch(a -> a.clause() == UpdateAction.Clause.REMOVE
                || a.clause() == UpdateAction.Clause.DELETE);
        return new UpdateExpression() {
            @Override
            public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
                return UpdateApplier.apply(resolved, item);
            }

            @Override
            public List<DocumentPath> targets() {
                return targets;
            }

            @Override
            public boolean removesOnly() {
                return removesOnly;
            }
        };
    }

    public static ProjectionExpression projection(String text, ExpressionContext ctx) {
        ExpressionKind kind = ExpressionKind.PROJECTION;
        Ast.Projection projection = CACHE.get(kind, text, () -> {
            Ast.Projection parsed = parse(kind, text, ProjectionParser::parse);
            StaticChecks.check(kind, parsed);
            return parsed;
        });
        Resolver resolver = new Resolver(kind, ctx);
        List<DocumentPath> paths = projection.paths().stream().map(resolver::path).toList();
        PathOverlap.check(kind, paths);
        return new ProjectionExpression() {
            @Override
            public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
                return Projector.project(item, paths);
            }

            @Override
            public List<DocumentPath> paths() {
                return paths;
            }
        };
    }

    /**
     * @param sortKeyName null when the table or index has no sort key
     */
    public static KeyCondition keyCondition(String text, ExpressionContext ctx, String partitionKeyName,
            String sortKeyName) {
        ExpressionKind kind = ExpressionKind.KEY_CONDITION;
        Predicate predicate = new Resolver(kind, ctx).condition(parseCondition(kind, text));
        return KeyConditionBuilder.build(predicate, partitionKeyName, sortKeyName);
    }

    /** The key condition of a Query on an index with a multi-attribute key; names in key schema order. */
    public static KeyCondition compositeKeyCondition(String text, ExpressionContext ctx, List<String> partitionKeys,
            List<String> sortKeys) {
        ExpressionKind kind = ExpressionKind.KEY_CONDITION;
        Predicate predicate = new Resolver(kind, ctx).condition(parseCondition(kind, text));
        return KeyConditionBuilder.buildComposite(predicate, partitionKeys, sortKeys);
    }

    private static Ast.Node parseCondition(ExpressionKind kind, String text) {
        return CACHE.get(kind, text, () -> {
            Ast.Node tree = parse(kind, text, ConditionParser::parse);
            StaticChecks.check(kind, tree);
            return tree;
        });
    }

    private static <T> T parse(ExpressionKind kind, String text, Function<TokenStream, T> parser) {
        if (text.isEmpty()) {
            throw kind.invalid("The expression can not be empty;");
        }
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_LENGTH) {
            throw kind.invalid("Expression size has exceeded the maximum allowed size; expression size: " + size);
        }
        TokenStream in = new TokenStream(text);
        try {
            return parser.apply(in);
        } catch (TokenStream.Failure failure) {
            throw kind.invalid(in.syntaxError(failure));
        } catch (TokenStream.TooDeep tooDeep) {
            throw kind.invalid(NestingLimit.message(in, kind));
        }
    }

    private static void checkSetOperand(UpdateAction.Clause clause, AttributeValue value) {
        boolean allowed = clause == UpdateAction.Clause.ADD
                ? value instanceof AttributeValue.N || SetValues.isSet(value)
                : SetValues.isSet(value);
        if (!allowed) {
            throw ExpressionKind.UPDATE.invalid("Incorrect operand type for operator or function; operator: " + clause
                    + ", operand type: " + TypeNames.of(value) + ", typeSet: ALLOWED_FOR_" + clause + "_OPERAND");
        }
    }
}
