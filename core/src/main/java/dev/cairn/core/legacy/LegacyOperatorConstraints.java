package dev.cairn.core.legacy;

import dev.cairn.api.model.Condition;
import dev.cairn.api.model.ExpectedAttributeValue;
import dev.cairn.core.validation.ConstraintViolations;
import java.util.Map;

/**
 * The legacy ComparisonOperator is an enum member of each KeyConditions, QueryFilter, ScanFilter
 * and Expected entry, so DynamoDB checks it in its first stage, with the request's other member
 * constraints: an unknown or wrongly-cased operator is "Value 'eq' at
 * 'queryFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum
 * value set: [...]", and a missing one in a filter or key condition is "Value null at ...".
 * Wording and the order of the set: dynalite test/query.js, test/scan.js, test/putItem.js.
 */
public final class LegacyOperatorConstraints {

    /** The operators in the order DynamoDB prints them. */
    public static final String COMPARISON_OPERATORS =
            "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";

    private LegacyOperatorConstraints() {}

    /** KeyConditions, QueryFilter or ScanFilter: every entry needs an operator. */
    public static void conditions(ConstraintViolations violations, String member, Map<String, Condition> conditions) {
        if (conditions == null) {
            return;
        }
        conditions.forEach((name, condition) -> {
            // a null entry is refused by FilterEntry: constraints do not look inside a null structure
            if (condition != null) {
                String at = member + "." + name + ".member.comparisonOperator";
                violations.notNull(at, condition.comparisonOperator())
                        .oneOf(at, condition.comparisonOperator(), COMPARISON_OPERATORS);
            }
        });
    }

    /** Expected: an entry may leave the operator out (it then uses Value and Exists). */
    public static void expected(ConstraintViolations violations, Map<String, ExpectedAttributeValue> expected) {
        if (expected == null) {
            return;
        }
        expected.forEach((name, entry) -> {
            if (entry != null) {
                violations.oneOf("expected." + name + ".member.comparisonOperator", entry.comparisonOperator(),
                        COMPARISON_OPERATORS);
            }
        });
    }
}
