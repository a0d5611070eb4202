package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.ComparisonOperator.INVALID;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.AttributeValueUpdate;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.item.TypeNames;

/**
 * One validated entry of AttributeUpdates. The documented default action is PUT (DynamoDB Local
 * 3.3.1 instead ignores an entry without Action; we follow the documentation). Checked in
 * DynamoDB Local's order: name, action, presence of a value, the value itself, then the action's
 * value types: ADD takes numbers, sets and lists; DELETE with a value takes sets only.
 */
record AttributeUpdate(String attribute, Action action, AttributeValue value) {

    enum Action { PUT, ADD, DELETE }

    static AttributeUpdate of(String attribute, AttributeValueUpdate update) {
        AttributeNames.requireValid(attribute);
        if (update == null) { // DynamoDB Local 3.3.1 fails with a 500 here; the sentence is from its error table
            throw ApiException.validation("Supplied AttributeValueUpdate is empty, must contain one of the supported actions");
        }
        Action action = action(update.action());
        if (update.value() == null) {
            if (action != Action.DELETE) {
                throw ApiException.validation(INVALID + "Only DELETE action is allowed when no attribute value is specified");
            }
            return new AttributeUpdate(attribute, action, null);
        }
        AttributeValue value = AttributeValues.checked(update.value());
        if (action == Action.ADD && !isNumberSetOrList(value)) {
            throw ApiException.validation(INVALID + "ADD action is not supported for the type " + TypeNames.of(value));
        }
        if (action == Action.DELETE && !isSet(value)) {
            throw ApiException.validation(INVALID + "DELETE action with value is not supported for the type "
                    + TypeNames.of(value));
        }
        return new AttributeUpdate(attribute, action, value);
    }

    private static Action action(String name) {
        if (name == null) {
            return Action.PUT;
        }
        for (Action action : Action.values()) {
            if (action.name().equals(name)) {
                return action;
            }
        }
        throw ApiException.validation("Member must satisfy enum value set: [ADD, DELETE, PUT]");
    }

    static boolean isSet(AttributeValue value) {
        return value instanceof AttributeValue.SS || value instanceof AttributeValue.NS || value instanceof AttributeValue.BS;
    }

    private static boolean isNumberSetOrList(AttributeValue value) {
        return value instanceof AttributeValue.N || value instanceof AttributeValue.L || isSet(value);
    }
}
