package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.Ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a cached parse into a request's tree: substitutes #names and :values (recording their use
 * in the context) and makes DynamoDB's semantic checks in the order it makes them, walking the
 * expression left to right: function names and placement, operand counts, document-path operands,
 * static operand types, distinct operands, BETWEEN bounds.
 */
final class Resolver {

    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final Set<String> SIZE_OPERAND_TYPES = Set.of("S", "B", "SS", "NS", "BS", "L", "M");
    static final String VALID_TYPES = "{N,BS,L,B,NULL,M,S,SS,NS,BOOL}";
    private static final Set<String> TYPES = Set.of("N", "BS", "L", "B", "NULL", "M", "S", "SS", "NS", "BOOL");

    private final ExpressionKind kind;
    private final ExpressionContext ctx;

    Resolver(ExpressionKind kind, ExpressionContext ctx) {
        this.kind = kind;
        this.ctx = ctx;
    }

    DocumentPath path(Ast.Path path) {
        List<DocumentPath.Element> elements = new ArrayList<>();
        for (Ast.Step step : path.steps()) {
            if (step instanceof Ast.Name n) {
                elements.add(new DocumentPath.Attribute(n.text()));
            } else if (step instanceof Ast.NameRef r) {
                elements.add(new DocumentPath.Attribute(ctx.name(r.placeholder(), kind)));
            } else {
                elements.add(new DocumentPath.Index(Integer.parseInt(((Ast.Index) step).digits())));
            }
        }
        return new DocumentPath(elements);
    }

    Predicate condition(Node node) {
        if (node instanceof Ast.Paren p) {
            return condition(p.inner());
        }
        if (node instanceof Ast.And a) {
            return new Predicate.And(condition(a.left()), condition(a.right()));
        }
        if (node instanceof Ast.Or o) {
            return new Predicate.Or(condition(o.left()), condition(o.right()));
        }
        if (node instanceof Ast.Not n) {
            return new Predicate.Not(condition(n.inner()));
        }
        if (node instanceof Ast.Compare c) {
            Operand left = operand(c.left());
            Operand right = operand(c.right());
            distinct(c.operator(), left, List.of(right));
            if (!c.operator().equals("=") && !c.operator().equals("<>")) {
                requireOrderable(c.operator(), left);
                requireOrderable(c.operator(), right);
            }
            return new Predicate.Compare(c.operator(), left, right);
        }
        if (node instanceof Ast.Between b) {
            return between(b);
        }
        if (node instanceof Ast.In in) {
            Operand value = operand(in.value());
            List<Operand> candidates = new ArrayList<>();
            in.candidates().forEach(c -> candidates.add(operand(c)));
            distinct("IN", value, candidates);
            return new Predicate.In(value, List.copyOf(candidates));
        }
        Ast.Call call = (Ast.Call) node;
        checkFunctionName(call.function());
        if (!CONDITION_FUNCTIONS.contains(call.function())) {
            throw misplaced(call.function());
        }
        return function(call);
    }

    private Predicate between(Ast.Between b) {
        Operand value = operand(b.value());
        Operand lower = operand(b.lower());
        Operand upper = operand(b.upper());
        distinct("BETWEEN", value, List.of(lower, upper));
        requireOrderable("BETWEEN", value);
        requireOrderable("BETWEEN", lower);
        requireOrderable("BETWEEN", upper);
        if (lower instanceof Operand.Constant lo && upper instanceof Operand.Constant hi) {
            String bounds = "lower bound operand: " + Values.describe(lo.value()) + ", upper bound operand: "
                    + Values.describe(hi.value());
            if (!lo.value().type().equals(hi.value().type())) {
                throw kind.invalid("The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
            }
            if (Values.orderable(lo.value(), hi.value()) && Values.compare(lo.value(), hi.value()) > 0) {
                throw kind.invalid(
                        "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
            }
        }
        return new Predicate.Between(value, lower, upper);
    }

    private Predicate function(Ast.Call call) {
        String f = call.function();
        int arity = f.startsWith("attribute_") && !f.equals("attribute_type") ? 1 : 2;
        checkArity(call, arity);
        List<Operand> args = new ArrayList<>();
        call.args().forEach(a -> args.add(operand(a)));
        switch (f) {
            case "attribute_exists", "attribute_not_exists" -> {
                return new Predicate.Exists(requirePath(f, args.get(0)), f.equals("attribute_exists"));
            }
            case "attribute_type" -> {
                // The first operand may be any operand (scylladb test_condition_expression.py
                // test_update_condition_attribute_type, run against DynamoDB: attribute_type(:val, :type) holds);
                // the second must be a string value, and a size() there is reported as N.
                distinct(f, args.get(0), args.subList(1, 2));
                if (!(args.get(1) instanceof Operand.Constant c)) {
                    String type = args.get(1).staticType();
                    throw operandType(f, type != null ? type
                            : "{FS,B,M,DOUBLE,DOUBLESET,N,DECIMAL,HD,BS,SS,NS,INT,INTSET,HDS,L,NULL,FLOAT,DECIMALSET,BOOL,S,DICT}");
                }
                if (!(c.value() instanceof AttributeValue.S type)) {
                    throw operandType(f, c.value().type());
                }
                if (!TYPES.contains(type.value())) {
                    throw kind.invalid("Invalid attribute type name found; type: " + type.value()
                            + ", valid types: " + VALID_TYPES);
                }
                return new Predicate.TypeIs(args.get(0), type.value());
            }
            case "begins_with" -> {
                distinct(f, args.get(0), args.subList(1, 2));
                for (Operand arg : args) {
                    String type = arg.staticType();
                    if (type != null && !type.equals("S") && !type.equals("B")) {
                        throw operandType(f, type);
                    }
                }
                return new Predicate.BeginsWith(args.get(0), args.get(1));
            }
            default -> {
                distinct(f, args.get(0), args.subList(1, 2));
                return new Predicate.Contains(args.get(0), args.get(1));
            }
        }
    }

    Operand operand(Node node) {
        if (node instanceof Ast.Paren p) {
            return operand(p.inner());
        }
        if (node instanceof Ast.PathOperand p) {
            return new Operand.PathRef(path(p.path()));
        }
        if (node instanceof Ast.ValueRef v) {
            return new Operand.Constant(ctx.value(v.placeholder(), kind));
        }
        if (node instanceof Ast.Arithmetic a) {
            Operand left = operand(a.left());
            Operand right = operand(a.right());
            for (Operand o : List.of(left, right)) {
                if (o.staticType() != null && !o.staticType().equals("N")) {
                    throw operandType(String.valueOf(a.operator()), o.staticType());
                }
            }
            return new Operand.Arithmetic(a.operator(), left, right);
        }
        Ast.Call call = (Ast.Call) node;
        String f = call.function();
        checkFunctionName(f);
        boolean update = kind == ExpressionKind.UPDATE;
        if (update ? !UPDATE_FUNCTIONS.contains(f) : !f.equals("size")) {
            throw misplaced(f);
        }
        checkArity(call, f.equals("size") ? 1 : 2);
        List<Operand> args = new ArrayList<>();
        call.args().forEach(a -> args.add(operand(a)));
        switch (f) {
            case "size" -> {
                String type = args.get(0).staticType();
                if (type != null && !SIZE_OPERAND_TYPES.contains(type)) {
                    throw operandType(f, type);
                }
                return new Operand.Size(args.get(0));
            }
            case "if_not_exists" -> {
                return new Operand.IfNotExists(requirePath(f, args.get(0)), args.get(1));
            }
            default -> {
                for (Operand arg : args) {
                    if (arg.staticType() != null && !arg.staticType().equals("L")) {
                        throw operandType(f, arg.staticType());
                    }
                }
                return new Operand.ListAppend(args.get(0), args.get(1));
            }
        }
    }

    private void checkFunctionName(String f) {
        if (!CONDITION_FUNCTIONS.contains(f) && !UPDATE_FUNCTIONS.contains(f) && !f.equals("size")) {
            throw kind.invalid("Invalid function name; function: " + f);
        }
    }

    /** A known function in the wrong kind of expression or the wrong position. */
    private RuntimeException misplaced(String f) {
        if (kind == ExpressionKind.UPDATE) {
            return kind.invalid("The function is not allowed in an update expression; function: " + f);
        }
        if (UPDATE_FUNCTIONS.contains(f)) {
            return kind.invalid("The function is not allowed in a condition expression; function: " + f);
        }
        return kind.invalid("The function is not allowed to be used this way in an expression; function: " + f);
    }

    private void checkArity(Ast.Call call, int arity) {
        if (call.args().size() != arity) {
            throw kind.invalid("Incorrect number of operands for operator or function; operator or function: "
                    + call.function() + ", number of operands: " + call.args().size());
        }
    }

    private DocumentPath requirePath(String f, Operand operand) {
        if (operand instanceof Operand.PathRef p) {
            return p.path();
        }
        throw kind.invalid("Operator or function requires a document path; operator or function: " + f);
    }

    /** Ordering operators take only strings, numbers and binaries; a constant of another type is refused up front. */
    private void requireOrderable(String operator, Operand operand) {
        if (operand instanceof Operand.Constant c) {
            String type = c.value().type();
            if (!type.equals("S") && !type.equals("N") && !type.equals("B")) {
                throw operandType(operator, type);
            }
        }
    }

    private RuntimeException operandType(String f, String type) {
        return kind.invalid("Incorrect operand type for operator or function; operator or function: " + f
                + ", operand type: " + type);
    }

    private void distinct(String operator, Operand first, List<Operand> rest) {
        if (first instanceof Operand.PathRef p && rest.stream().anyMatch(first::equals)) {
            throw kind.invalid("The first operand must be distinct from the remaining operands for this operator or "
                    + "function; operator: " + operator + ", first operand: " + p.path());
        }
    }
}
