package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * TransactWriteItems and TransactGetItems requests, SDK to Cairn. An action the SDK leaves unset
 * stays null, so an element with no action (or several) reaches core as the wire would carry it,
 * and core answers it with DynamoDB's ValidationException.
 */
final class TransactRequests {

    private TransactRequests() {}

    static dev.cairn.api.model.TransactWriteItemsRequest toCairn(TransactWriteItemsRequest r) {
        return new dev.cairn.api.model.TransactWriteItemsRequest(
                Absent.list(r.hasTransactItems(), r.transactItems(), TransactRequests::toCairn),
                r.returnConsumedCapacityAsString(), r.returnItemCollectionMetricsAsString(),
                r.clientRequestToken());
    }

    static dev.cairn.api.model.TransactGetItemsRequest toCairn(TransactGetItemsRequest r) {
        return new dev.cairn.api.model.TransactGetItemsRequest(
                Absent.list(r.hasTransactItems(), r.transactItems(), TransactRequests::toCairn),
                r.returnConsumedCapacityAsString());
    }

    private static dev.cairn.api.model.TransactWriteItem toCairn(TransactWriteItem w) {
        return new dev.cairn.api.model.TransactWriteItem(toCairn(w.conditionCheck()), toCairn(w.put()),
                toCairn(w.delete()), toCairn(w.update()));
    }

    private static dev.cairn.api.model.TransactGetItem toCairn(TransactGetItem g) {
        return new dev.cairn.api.model.TransactGetItem(toCairn(g.get()));
    }

    private static dev.cairn.api.model.ConditionCheck toCairn(ConditionCheck c) {
        return c == null ? null : new dev.cairn.api.model.ConditionCheck(
                AttributeValues.toCairn(c.hasKey(), c.key()), c.tableName(), c.conditionExpression(),
                Absent.unless(c.hasExpressionAttributeNames(), c.expressionAttributeNames()),
                AttributeValues.toCairn(c.hasExpressionAttributeValues(), c.expressionAttributeValues()),
                c.returnValuesOnConditionCheckFailureAsString());
    }

    private static dev.cairn.api.model.Put toCairn(Put p) {
        return p == null ? null : new dev.cairn.api.model.Put(
                AttributeValues.toCairn(p.hasItem(), p.item()), p.tableName(), p.conditionExpression(),
                Absent.unless(p.hasExpressionAttributeNames(), p.expressionAttributeNames()),
                AttributeValues.toCairn(p.hasExpressionAttributeValues(), p.expressionAttributeValues()),
                p.returnValuesOnConditionCheckFailureAsString());
    }

    private static dev.cairn.api.model.Delete toCairn(Delete d) {
        return d == null ? null : new dev.cairn.api.model.Delete(
                AttributeValues.toCairn(d.hasKey(), d.key()), d.tableName(), d.conditionExpression(),
                Absent.unless(d.hasExpressionAttributeNames(), d.expressionAttributeNames()),
                AttributeValues.toCairn(d.hasExpressionAttributeValues(), d.expressionAttributeValues()),
                d.returnValuesOnConditionCheckFailureAsString());
    }

    private static dev.cairn.api.model.Update toCairn(Update u) {
        return u == null ? null : new dev.cairn.api.model.Update(
                AttributeValues.toCairn(u.hasKey(), u.key()), u.updateExpression(), u.tableName(),
                u.conditionExpression(),
                Absent.unless(u.hasExpressionAttributeNames(), u.expressionAttributeNames()),
                AttributeValues.toCairn(u.hasExpressionAttributeValues(), u.expressionAttributeValues()),
                u.returnValuesOnConditionCheckFailureAsString());
    }

    private static dev.cairn.api.model.Get toCairn(Get g) {
        return g == null ? null : new dev.cairn.api.model.Get(
                AttributeValues.toCairn(g.hasKey(), g.key()), g.tableName(), g.projectionExpression(),
                Absent.unless(g.hasExpressionAttributeNames(), g.expressionAttributeNames()));
    }
}
