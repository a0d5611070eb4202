package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.DocumentPath;
import java.util.List;
import java.util.Map;

/**
 * UpdateItem's ReturnValues: the whole item before or after, or only the attributes the update
 * expression wrote (UPDATED_OLD, UPDATED_NEW), with their nesting kept, as DynamoDB returns them.
 */
final class UpdateReturnValues {

    private UpdateReturnValues() {}

    static Map<String, AttributeValue> select(String returnValues, WriteOutcome outcome, List<DocumentPath> targets) {
        if (returnValues == null) {
            return null;
        }
        Map<String, AttributeValue> selected = switch (returnValues) {
            case "ALL_OLD" -> outcome.before();
            case "ALL_NEW" -> outcome.after();
            case "UPDATED_OLD" -> outcome.before() == null ? null : DocumentPath.project(outcome.before(), targets);
            case "UPDATED_NEW" -> outcome.after() == null ? null : DocumentPath.project(outcome.after(), targets);
            default -> null;
        };
        return selected == null || selected.isEmpty() ? null : selected;
    }
}
