package dev.cairn.core.legacy;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.AttributeValues;
import java.util.ArrayList;
import java.util.List;

/** Values in legacy parameters are checked as item values are (numbers canonicalised), in request order. */
final class LegacyValues {

    private LegacyValues() {}

    static List<AttributeValue> checked(List<AttributeValue> values) {
        List<AttributeValue> checked = new ArrayList<>(values.size());
        for (AttributeValue value : values) {
            checked.add(AttributeValues.checked(value));
        }
        return checked;
    }
}
