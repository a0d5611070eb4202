package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** A resolved UpdateExpression. */
public interface UpdateExpression {

    /**
     * @param itemOrEmpty the current item, or an empty map when there is none
     * @return a new item; the argument is not modified
     * @throws dev.cairn.api.ApiException for DynamoDB's runtime errors (wrong operand type, missing
     *     attribute in an operand, invalid document path)
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> itemOrEmpty);

    /** The paths SET, REMOVE, ADD and DELETE write, in the order written. */
    List<DocumentPath> targets();

    /**
     * Whether every action only takes something away (REMOVE, or DELETE of set members or of an
     * attribute): DynamoDB then leaves a missing item missing instead of creating it with its key.
     */
    boolean removesOnly();
}
