package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConditionCheck;
import dev.cairn.api.model.Delete;
import dev.cairn.api.model.Get;
import dev.cairn.api.model.Put;
import dev.cairn.api.model.TransactGetItem;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.Update;
import java.util.List;
import java.util.Map;

/** Short builders for transaction requests in tests. */
final class Requests {

    private Requests() {}

    static AttributeValue s(String value) {
        return new AttributeValue.S(value);
    }

    static AttributeValue n(String value) {
        return new AttributeValue.N(value);
    }

    static Map<String, AttributeValue> key(String pk) {
        return Map.of("pk", s(pk));
    }

    static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
        return new TransactWriteItem(null, new Put(item, table, null, null, null, null), null, null);
    }

    static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition,
            String returnOnFailure) {
        return new TransactWriteItem(null, new Put(item, table, condition, null, null, returnOnFailure), null, null);
    }

    static TransactWriteItem update(String table, String pk, String expression, Map<String, AttributeValue> values,
            String condition) {
        return new TransactWriteItem(null, null, null,
                new Update(key(pk), expression, table, condition, null, values, null));
    }

    static TransactWriteItem delete(String table, String pk) {
        return new TransactWriteItem(null, null, new Delete(key(pk), table, null, null, null, null), null);
    }

    static TransactWriteItem check(String table, String pk, String condition, Map<String, AttributeValue> values,
            String returnOnFailure) {
        return new TransactWriteItem(new ConditionCheck(key(pk), table, condition, null, values, returnOnFailure),
                null, null, null);
    }

    static TransactWriteItemsRequest write(TransactWriteItem... items) {
        return new TransactWriteItemsRequest(List.of(items), null, null, null);
    }

    static TransactGetItemsRequest read(String table, String... pks) {
        return new TransactGetItemsRequest(java.util.Arrays.stream(pks)
                .map(pk -> new TransactGetItem(new Get(key(pk), table, null, null))).toList(), null);
    }
}
