package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.ComparisonOperator.INVALID;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.Condition;
import dev.cairn.core.expression.CompositeKeyConditions;
import dev.cairn.core.expression.KeyCondition;
import dev.cairn.core.expression.SortCondition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Query's legacy KeyConditions into the engine's KeyCondition. DynamoDB first checks
 * every entry as a filter entry, then the count (one or two), then the partition key's entry (an
 * indexable operator, its values' types against the schema, then EQ), then the sort key's (an
 * indexable operator, then types). The type checks come before the engine's, so this class takes
 * the key types and does them itself; the engine's own type check then passes.
 */
public final class LegacyKeyConditions {

    private static final Set<ComparisonOperator> INDEXABLE = EnumSet.of(ComparisonOperator.EQ, ComparisonOperator.LE,
            ComparisonOperator.LT, ComparisonOperator.GE, ComparisonOperator.GT, ComparisonOperator.BEGINS_WITH,
            ComparisonOperator.BETWEEN);

    private LegacyKeyConditions() {}

    /**
     * @param keyConditions the request's KeyConditions, not null (the engine reports a missing one)
     * @param partitionKeyType S, N or B
     * @param sortKeyName null when the table or index has no sort key (sortKeyType null too)
     * @throws ApiException ValidationException with DynamoDB's message
     */
    public static KeyCondition of(Map<String, Condition> keyConditions, String partitionKeyName,
            String partitionKeyType, String sortKeyName, String sortKeyType) {
        List<AttributeCondition> conditions = new ArrayList<>();
        keyConditions.forEach((name, condition) -> conditions.add(FilterEntry.of(name, condition)));
        if (conditions.isEmpty()) {
            throw ApiException.validation("Conditions must be at least length 1");
        }
        if (conditions.size() > 2) {
            throw ApiException.validation("Conditions can be of length 1 or 2 only");
        }
        // DynamoDB's order, key by key, the partition key first (dynalite actions/query.js and
        // test/query.js, captured from DynamoDB): a condition too many for a table without a sort
        // key, a missing key, an operator no index can serve, the value types, then EQ on the hash.
        if (sortKeyName == null && conditions.size() > 1) {
            throw ApiException.validation("Query key condition not supported");
        }
        AttributeCondition partition = find(conditions, partitionKeyName);
        if (partition == null) {
            throw missed(partitionKeyName);
        }
        checkIndexable(partition);
        checkTypes(partition, partitionKeyType, "Hash");
        if (partition.operator() != ComparisonOperator.EQ) {
            throw ApiException.validation("Query key condition not supported");
        }
        if (conditions.size() == 1) {
            return new KeyCondition(partition.values().get(0), null);
        }
        AttributeCondition sort = find(conditions, sortKeyName);
        if (sort == null) {
            throw missed(sortKeyName);
        }
        checkIndexable(sort);
        checkTypes(sort, sortKeyType, "Range");
        SortCondition.Operator operator = SortCondition.Operator.valueOf(sort.operator().name());
        return new KeyCondition(partition.values().get(0), new SortCondition(operator, sort.values()));
    }

    /**
     * The KeyConditions of a Query on an index with a multi-attribute key, which DynamoDB Local
     * 3.3.1 accepts under the same rules as a KeyConditionExpression ({@link CompositeKeyConditions}).
     * Each entry is checked as a filter entry first; a key attribute's operator must be indexable.
     */
    public static KeyCondition ofComposite(Map<String, Condition> keyConditions, List<String> partitionKeys,
            List<String> sortKeys) {
        List<CompositeKeyConditions.Term> terms = new ArrayList<>();
        for (Map.Entry<String, Condition> entry : keyConditions.entrySet()) {
            AttributeCondition condition = FilterEntry.of(entry.getKey(), entry.getValue());
            boolean key = partitionKeys.contains(condition.attribute()) || sortKeys.contains(condition.attribute());
            if (key) {
                checkIndexable(condition);
            }
            SortCondition.Operator operator = INDEXABLE.contains(condition.operator())
                    ? SortCondition.Operator.valueOf(condition.operator().name())
                    : SortCondition.Operator.EQ;
            terms.add(new CompositeKeyConditions.Term(condition.attribute(), operator, condition.values()));
        }
        if (terms.isEmpty()) {
            throw ApiException.validation("Conditions must be at least length 1");
        }
        return CompositeKeyConditions.resolve(terms, partitionKeys, sortKeys);
    }

    private static void checkIndexable(AttributeCondition condition) {
        if (!INDEXABLE.contains(condition.operator())) {
            throw ApiException.validation("Attempted conditional constraint is not an indexable operation");
        }
    }

    private static ApiException missed(String keyName) {
        return ApiException.validation("Query condition missed key schema element: " + keyName);
    }

    private static AttributeCondition find(List<AttributeCondition> conditions, String name) {
        return conditions.stream().filter(c -> c.attribute().equals(name)).findFirst().orElse(null);
    }

    private static void checkTypes(AttributeCondition condition, String keyType, String keyRole) {
        if (condition.values().isEmpty()) {
            throw ApiException.validation("Only scalar types can be used as " + keyRole + " Key values");
        }
        for (AttributeValue value : condition.values()) {
            if (!value.type().equals(keyType)) {
                throw ApiException.validation(INVALID + "Condition parameter type does not match schema type");
            }
        }
    }
}
