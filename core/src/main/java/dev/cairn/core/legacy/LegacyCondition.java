package dev.cairn.core.legacy;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import java.util.List;
import java.util.Map;

/**
 * Several legacy conditions joined by ConditionalOperator, as the engine's ConditionExpression:
 * AND unless the request said OR. Paths are the named attributes in request order, so the
 * engine's checks that work on expression paths (key attributes in a Query filter) apply alike.
 */
final class LegacyCondition implements ConditionExpression {

    private final List<AttributeCondition> conditions;
    private final boolean or;
    private final List<DocumentPath> paths;

    LegacyCondition(List<AttributeCondition> conditions, boolean or) {
        this.conditions = List.copyOf(conditions);
        this.or = or;
        this.paths = conditions.stream().map(c -> DocumentPath.of(c.attribute())).toList();
    }

    @Override
    public boolean test(Map<String, AttributeValue> item) {
        return or ? conditions.stream().anyMatch(c -> c.test(item)) : conditions.stream().allMatch(c -> c.test(item));
    }

    @Override
    public List<DocumentPath> paths() {
        return paths;
    }
}
