package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.KeyCondition;
import dev.cairn.core.expression.SortCondition;
import dev.cairn.core.legacy.LegacyKeyConditions;
import dev.cairn.core.legacy.LegacyQueryFilter;
import dev.cairn.core.table.KeyAttribute;
import java.util.List;

/**
 * A Query's key condition against what it reads: the table's key, or an index's, which may have a
 * multi-attribute partition or sort key. Resolves KeyConditionExpression or the legacy
 * KeyConditions, checks the values' types against the key attributes', and keeps the key
 * attributes out of the filter (DynamoDB wants them in the key condition).
 */
final class QueryKeyConditions {

    private QueryKeyConditions() {}

    static KeyCondition resolve(QueryRequest request, ExpressionContext context, ReadTarget target) {
        if (target.multiAttribute()) {
            List<String> partitionKeys = names(target.partitionKeys());
            List<String> sortKeys = names(target.sortKeys());
            return request.keyConditionExpression() == null
                    ? LegacyKeyConditions.ofComposite(request.keyConditions(), partitionKeys, sortKeys)
                    : Expressions.compositeKeyCondition(request.keyConditionExpression(), context, partitionKeys,
                            sortKeys);
        }
        String sortKeyName = target.sortKey() == null ? null : target.sortKey().name();
        return request.keyConditionExpression() == null
                ? LegacyKeyConditions.of(request.keyConditions(), target.partitionKey().name(),
                        target.partitionKey().type(), sortKeyName, target.sortKey() == null ? null : target.sortKey().type())
                : Expressions.keyCondition(request.keyConditionExpression(), context, target.partitionKey().name(),
                        sortKeyName);
    }

    /** Rejects a legacy QueryFilter that names a key attribute of the target. */
    static void rejectKeyAttributesInQueryFilter(QueryRequest request, ReadTarget target) {
        List<String> keyNames = new java.util.ArrayList<>(names(target.partitionKeys()));
        keyNames.addAll(names(target.sortKeys()));
        LegacyQueryFilter.rejectKeyAttributes(request.queryFilter(), keyNames);
    }

    /** Rejects a FilterExpression that names a key attribute of the target. */
    static void rejectKeyAttributesInFilter(ConditionExpression filter, ReadTarget target) {
        for (var path : filter.paths()) {
            if (isKey(target, path.attributeName())) {
                throw ApiException.validation("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + path.attributeName());
            }
        }
    }

    static void checkTypes(ReadTarget target, KeyCondition condition) {
        boolean matches = true;
        List<KeyAttribute> partitionKeys = target.partitionKeys();
        for (int i = 0; i < condition.partitionValues().size(); i++) {
            matches &= condition.partitionValues().get(i).type().equals(partitionKeys.get(i).type());
        }
        List<KeyAttribute> sortKeys = target.sortKeys();
        List<AttributeValue> prefix = condition.sortPrefix();
        for (int i = 0; i < prefix.size(); i++) {
            matches &= prefix.get(i).type().equals(sortKeys.get(i).type());
        }
        SortCondition sort = condition.sort();
        if (sort != null) {
            String type = sortKeys.get(prefix.size()).type();
            for (AttributeValue value : sort.values()) {
                matches &= value.type().equals(type);
            }
        }
        if (!matches) {
            throw ApiException.validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    }

    private static boolean isKey(ReadTarget target, String name) {
        return target.partitionKeys().stream().anyMatch(k -> k.name().equals(name))
                || target.sortKeys().stream().anyMatch(k -> k.name().equals(name));
    }

    private static List<String> names(List<KeyAttribute> attributes) {
        return attributes.stream().map(KeyAttribute::name).toList();
    }
}
