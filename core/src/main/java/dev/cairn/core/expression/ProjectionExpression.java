package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A resolved ProjectionExpression. */
public interface ProjectionExpression {

    /** The projected attributes of the item, shaped as {@link DocumentPath#project} describes. */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

    List<DocumentPath> paths();
}
