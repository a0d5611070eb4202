package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.ComparisonOperator.INVALID;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ExpectedAttributeValue;
import java.util.List;

/**
 * One entry of Expected, in its two forms: Exists/Value (Value alone means "equals", Exists false
 * means "absent") or ComparisonOperator with AttributeValueList (or with Value standing for a
 * one-element list). DynamoDB Local checks an entry in this order: which fields may go together,
 * then the values themselves, then the operator's name, arity and types.
 */
final class ExpectedEntry {

    private ExpectedEntry() {}

    static AttributeCondition of(String attribute, ExpectedAttributeValue entry) {
        AttributeNames.requireValid(attribute);
        String suffix = " for Attribute: " + attribute;
        if (entry == null) { // wording: DynamoDB Local 3.3.1
            throw ApiException.validation(INVALID + "ExpectedAttributeValue must not be null" + suffix);
        }
        AttributeValue value = entry.value();
        List<AttributeValue> list = entry.attributeValueList();
        String operator = entry.comparisonOperator();
        if (entry.exists() != null && operator != null) {
            throw ApiException.validation(INVALID + "Exists and ComparisonOperator cannot be used together" + suffix);
        }
        if (value != null && list != null) {
            throw ApiException.validation(INVALID + "Value and AttributeValueList cannot be used together" + suffix);
        }
        if (list != null && operator == null) {
            throw ApiException.validation(INVALID + "AttributeValueList can only be used with a ComparisonOperator"
                    + suffix);
        }
        if (operator == null) {
            return existsForm(attribute, entry.exists(), value, suffix);
        }
        if (value == null && list == null && !"NULL".equals(operator) && !"NOT_NULL".equals(operator)) {
            throw ApiException.validation(INVALID + "Value or AttributeValueList must be used with ComparisonOperator: "
                    + operator + suffix);
        }
        List<AttributeValue> values = LegacyValues.checked(value != null ? List.of(value) : list == null ? List.of() : list);
        ComparisonOperator op = ComparisonOperator.parse(operator);
        op.checkValues(values);
        return new AttributeCondition(attribute, op, values);
    }

    private static AttributeCondition existsForm(String attribute, Boolean exists, AttributeValue value, String suffix) {
        if (Boolean.FALSE.equals(exists)) {
            if (value != null) {
                throw ApiException.validation(INVALID + "Value cannot be used when Exists is false" + suffix);
            }
            return new AttributeCondition(attribute, ComparisonOperator.NULL, List.of());
        }
        if (value == null) {
            throw ApiException.validation(INVALID + "Value must be provided when Exists is " + exists + suffix);
        }
        return new AttributeCondition(attribute, ComparisonOperator.EQ, LegacyValues.checked(List.of(value)));
    }
}
