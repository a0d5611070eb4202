package dev.cairn.core.expression;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.SortCondition.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a key condition out of a resolved condition tree. DynamoDB allows only ANDed conditions,
 * each between one key attribute and values: "=" on the partition key, and one of =, <, <=, >, >=,
 * BETWEEN, begins_with on the sort key. Its messages for the other shapes carry no prefix. An
 * index with a multi-attribute key takes the same shapes, one condition per key attribute, and
 * leaves the rules on which attributes need which condition to {@link CompositeKeyConditions}.
 */
final class KeyConditionBuilder {

    private final List<String> partitionKeys;
    private final List<String> sortKeys;
    private final String keyLabel;
    private final List<CompositeKeyConditions.Term> terms = new ArrayList<>();
    private boolean nonKey;

    private KeyConditionBuilder(List<String> partitionKeys, List<String> sortKeys, String keyLabel) {
        this.partitionKeys = partitionKeys;
        this.sortKeys = sortKeys;
        this.keyLabel = keyLabel;
    }

    static KeyCondition build(Predicate tree, String partitionKey, String sortKey) {
        KeyConditionBuilder builder = builder(tree, List.of(partitionKey),
                sortKey == null ? List.of() : List.of(sortKey), "Key");
        CompositeKeyConditions.Term partition = builder.term(partitionKey);
        CompositeKeyConditions.Term sort = sortKey == null ? null : builder.term(sortKey);
        // DynamoDB names the key element it missed: the partition key, or the sort key when a
        // condition on another attribute stands where it should be (wording: dynalite
        // test/query.js; nubo-db/dynamodb-conformance tests/tier3/error-messages/query.test.ts).
        if (partition == null) {
            throw missed(partitionKey);
        }
        if (builder.nonKey) {
            if (sortKey != null && sort == null) {
                throw missed(sortKey);
            }
            throw ApiException.validation("Query key condition not supported");
        }
        return new KeyCondition(partition.values().get(0),
                sort == null ? null : new SortCondition(sort.operator(), sort.values()));
    }

    /** The key condition on an index with a multi-attribute key; names in key schema order. */
    static KeyCondition buildComposite(Predicate tree, List<String> partitionKeys, List<String> sortKeys) {
        KeyConditionBuilder builder = builder(tree, partitionKeys, sortKeys, "IndexKey");
        return CompositeKeyConditions.resolve(builder.terms, partitionKeys, sortKeys);
    }

    private static KeyConditionBuilder builder(Predicate tree, List<String> partitionKeys, List<String> sortKeys,
            String keyLabel) {
        KeyConditionBuilder builder = new KeyConditionBuilder(partitionKeys, sortKeys, keyLabel);
        List<Predicate> conditions = new ArrayList<>();
        builder.flatten(tree, conditions);
        conditions.forEach(builder::add);
        return builder;
    }

    private CompositeKeyConditions.Term term(String name) {
        for (CompositeKeyConditions.Term term : terms) {
            if (term.attribute().equals(name)) {
                return term;
            }
        }
        return null;
    }

    private void flatten(Predicate p, List<Predicate> out) {
        if (p instanceof Predicate.And a) {
            flatten(a.left(), out);
            flatten(a.right(), out);
        } else if (p instanceof Predicate.Or) {
            throw invalidOperator("OR");
        } else if (p instanceof Predicate.Not) {
            throw invalidOperator("NOT");
        } else if (p instanceof Predicate.In) {
            throw invalidOperator("IN");
        } else if (p instanceof Predicate.Compare c && c.operator().equals("<>")) {
            throw invalidOperator("<>");
        } else if (p instanceof Predicate.Exists e) {
            throw invalidOperator(e.expected() ? "attribute_exists" : "attribute_not_exists");
        } else if (p instanceof Predicate.TypeIs) {
            throw invalidOperator("attribute_type");
        } else if (p instanceof Predicate.Contains) {
            throw invalidOperator("contains");
        } else {
            out.add(p);
        }
    }

    private void add(Predicate p) {
        Operator operator;
        List<Operand> operands;
        if (p instanceof Predicate.Compare c) {
            boolean flipped = !(c.left() instanceof Operand.PathRef) && c.right() instanceof Operand.PathRef;
            operands = flipped ? List.of(c.right(), c.left()) : List.of(c.left(), c.right());
            operator = operator(c.operator(), flipped);
        } else if (p instanceof Predicate.Between b) {
            operator = Operator.BETWEEN;
            operands = List.of(b.value(), b.lower(), b.upper());
        } else {
            Predicate.BeginsWith bw = (Predicate.BeginsWith) p;
            operator = Operator.BEGINS_WITH;
            operands = List.of(bw.value(), bw.prefix());
        }
        if ((operator == Operator.BETWEEN || operator == Operator.BEGINS_WITH)
                && operands.get(0) instanceof Operand.Constant) {
            // dynalite test/query.js "should return ValidationException no key attribute as first operator"
            throw ApiException.validation("Invalid condition in KeyConditionExpression: "
                    + (operator == Operator.BETWEEN ? "BETWEEN" : "begins_with")
                    + " operator must have the key attribute as its first operand");
        }
        if (operands.stream().anyMatch(o -> o instanceof Operand.Size)) {
            throw ApiException.validation("KeyConditionExpressions cannot contain nested operations");
        }
        if (!(operands.get(0) instanceof Operand.PathRef ref)
                || operands.subList(1, operands.size()).stream().anyMatch(o -> !(o instanceof Operand.Constant))) {
            throw ApiException.validation("Query key condition not supported");
        }
        DocumentPath path = ref.path();
        String attribute = path.attributeName();
        boolean isKey = partitionKeys.contains(attribute) || sortKeys.contains(attribute);
        if (!path.isTopLevel()) {
            throw ApiException.validation(isKey
                    ? "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: "
                            + keyLabel + ": " + attribute
                    : "KeyConditionExpressions cannot have conditions on nested attributes");
        }
        List<AttributeValue> values = operands.subList(1, operands.size()).stream()
                .map(o -> ((Operand.Constant) o).value()).toList();
        if (!isKey) {
            nonKey = true;
            terms.add(new CompositeKeyConditions.Term(attribute, operator, values));
            return;
        }
        if (term(attribute) != null) {
            throw onePerKey();
        }
        boolean single = partitionKeys.size() == 1 && sortKeys.size() <= 1;
        if (single && partitionKeys.contains(attribute) && operator != Operator.EQ) {
            throw ApiException.validation("Query key condition not supported");
        }
        terms.add(new CompositeKeyConditions.Term(attribute, operator, values));
    }

    private static Operator operator(String text, boolean flipped) {
        return switch (text) {
            case "=" -> Operator.EQ;
            case "<" -> flipped ? Operator.GT : Operator.LT;
            case "<=" -> flipped ? Operator.GE : Operator.LE;
            case ">" -> flipped ? Operator.LT : Operator.GT;
            default -> flipped ? Operator.LE : Operator.GE;
        };
    }

    private static ApiException missed(String keyName) {
        return ApiException.validation("Query condition missed key schema element: " + keyName);
    }

    private static ApiException onePerKey() {
        return ApiException.validation("KeyConditionExpressions must only contain one condition per key");
    }

    private static ApiException invalidOperator(String operator) {
        return ApiException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }
}
