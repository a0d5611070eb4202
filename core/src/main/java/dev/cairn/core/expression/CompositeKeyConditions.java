package dev.cairn.core.expression;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB's rules for a Query of a global index with a multi-attribute key: every partition key
 * attribute needs an equality condition; the sort key attributes are conditioned left to right in
 * key schema order, each with equality except the last one conditioned, which may have any key
 * operator. The checks run in DynamoDB Local 3.3.1's order and with its messages: more conditions
 * than key attributes, then the partition key attributes, then the sort key attributes, then a
 * condition on a non-key attribute. Both KeyConditionExpression and the legacy KeyConditions come
 * here, as one term per attribute (the callers reject two conditions on one attribute).
 */
public final class CompositeKeyConditions {

    /** One attribute's condition: its operator and its one or two values. */
    public record Term(String attribute, SortCondition.Operator operator, List<AttributeValue> values) {}

    private CompositeKeyConditions() {}

    public static KeyCondition resolve(List<Term> terms, List<String> partitionKeys, List<String> sortKeys) {
        if (terms.size() > partitionKeys.size() + sortKeys.size()) {
            throw ApiException.validation("Query key condition not supported");
        }
        List<String> missing = new ArrayList<>();
        List<AttributeValue> partitionValues = new ArrayList<>(partitionKeys.size());
        for (String name : partitionKeys) {
            Term term = find(terms, name);
            if (term == null || term.operator() != SortCondition.Operator.EQ) {
                missing.add(name);
            } else {
                partitionValues.add(term.values().get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.validation("HASH key attributes " + String.join(", ", missing)
                    + " must have equality conditions specified in the query");
        }
        int last = -1;
        for (int i = 0; i < sortKeys.size(); i++) {
            if (find(terms, sortKeys.get(i)) != null) {
                last = i;
            }
        }
        List<AttributeValue> prefix = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            Term term = find(terms, sortKeys.get(i));
            if (term == null || term.operator() != SortCondition.Operator.EQ) {
                missing.add(sortKeys.get(i));
            } else {
                prefix.add(term.values().get(0));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.validation("RANGE key attributes " + String.join(", ", missing) + " must have equality "
                    + "conditions specified in the query because a condition is present on key attribute "
                    + sortKeys.get(last));
        }
        if (terms.size() != partitionKeys.size() + Math.max(0, last + 1)) {
            throw ApiException.validation("Query condition missed key schema element");
        }
        SortCondition sort = null;
        if (last >= 0) {
            Term term = find(terms, sortKeys.get(last));
            sort = new SortCondition(term.operator(), term.values());
        }
        return new KeyCondition(partitionValues, prefix, sort);
    }

    private static Term find(List<Term> terms, String name) {
        for (Term term : terms) {
            if (term.attribute().equals(name)) {
                return term;
            }
        }
        return null;
    }
}
