package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A resolved ConditionExpression or FilterExpression. */
public interface ConditionExpression {

    /** @param item the item, or an empty map when there is none */
    boolean test(Map<String, AttributeValue> item);

    /** The document paths the expression reads, in the order written (a Query rejects key attributes). */
    List<DocumentPath> paths();
}
