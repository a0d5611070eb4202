package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The batch structures that travel both ways: a request's KeysAndAttributes and WriteRequests come
 * back unchanged as UnprocessedKeys and UnprocessedItems, ready to be sent again.
 */
final class BatchShapes {

    private BatchShapes() {}

    static dev.cairn.api.model.KeysAndAttributes toCairn(KeysAndAttributes k) {
        return new dev.cairn.api.model.KeysAndAttributes(
                Absent.list(k.hasKeys(), k.keys(), AttributeValues::toCairn),
                Absent.unless(k.hasAttributesToGet(), k.attributesToGet()),
                k.consistentRead(), k.projectionExpression(),
                Absent.unless(k.hasExpressionAttributeNames(), k.expressionAttributeNames()));
    }

    static KeysAndAttributes toSdk(dev.cairn.api.model.KeysAndAttributes k) {
        return KeysAndAttributes.builder()
                .keys(AttributeValues.itemsToSdk(k.keys()))
                .attributesToGet(k.attributesToGet())
                .consistentRead(k.consistentRead())
                .projectionExpression(k.projectionExpression())
                .expressionAttributeNames(k.expressionAttributeNames())
                .build();
    }

    static dev.cairn.api.model.WriteRequest toCairn(WriteRequest w) {
        PutRequest put = w.putRequest();
        DeleteRequest delete = w.deleteRequest();
        return new dev.cairn.api.model.WriteRequest(
                put == null ? null : new dev.cairn.api.model.PutRequest(AttributeValues.toCairn(put.hasItem(), put.item())),
                delete == null ? null : new dev.cairn.api.model.DeleteRequest(
                        AttributeValues.toCairn(delete.hasKey(), delete.key())));
    }

    static WriteRequest toSdk(dev.cairn.api.model.WriteRequest w) {
        return WriteRequest.builder()
                .putRequest(w.putRequest() == null ? null
                        : PutRequest.builder().item(AttributeValues.toSdk(w.putRequest().item())).build())
                .deleteRequest(w.deleteRequest() == null ? null
                        : DeleteRequest.builder().key(AttributeValues.toSdk(w.deleteRequest().key())).build())
                .build();
    }
}
