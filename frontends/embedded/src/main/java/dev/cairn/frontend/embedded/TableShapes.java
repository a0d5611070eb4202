package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * The small structures that table requests and table descriptions share, both ways. Enum-typed
 * members travel as their raw strings ({@code keyTypeAsString()}), so a value the SDK does not know
 * reaches core and is rejected there with DynamoDB's message, as over the wire.
 */
final class TableShapes {

    private TableShapes() {}

    static dev.cairn.api.model.AttributeDefinition toCairn(AttributeDefinition d) {
        return new dev.cairn.api.model.AttributeDefinition(d.attributeName(), d.attributeTypeAsString());
    }

    static AttributeDefinition toSdk(dev.cairn.api.model.AttributeDefinition d) {
        return AttributeDefinition.builder().attributeName(d.attributeName()).attributeType(d.attributeType()).build();
    }

    static dev.cairn.api.model.KeySchemaElement toCairn(KeySchemaElement e) {
        return new dev.cairn.api.model.KeySchemaElement(e.attributeName(), e.keyTypeAsString());
    }

    static KeySchemaElement toSdk(dev.cairn.api.model.KeySchemaElement e) {
        return KeySchemaElement.builder().attributeName(e.attributeName()).keyType(e.keyType()).build();
    }

    static dev.cairn.api.model.Projection toCairn(Projection p) {
        return p == null ? null : new dev.cairn.api.model.Projection(p.projectionTypeAsString(),
                Absent.unless(p.hasNonKeyAttributes(), p.nonKeyAttributes()));
    }

    static Projection toSdk(dev.cairn.api.model.Projection p) {
        return p == null ? null : Projection.builder().projectionType(p.projectionType())
                .nonKeyAttributes(p.nonKeyAttributes()).build();
    }

    static dev.cairn.api.model.ProvisionedThroughput toCairn(ProvisionedThroughput t) {
        return t == null ? null : new dev.cairn.api.model.ProvisionedThroughput(t.readCapacityUnits(), t.writeCapacityUnits());
    }

    static dev.cairn.api.model.StreamSpecification toCairn(StreamSpecification s) {
        return s == null ? null : new dev.cairn.api.model.StreamSpecification(s.streamEnabled(), s.streamViewTypeAsString());
    }

    static StreamSpecification toSdk(dev.cairn.api.model.StreamSpecification s) {
        return s == null ? null : StreamSpecification.builder().streamEnabled(s.streamEnabled())
                .streamViewType(s.streamViewType()).build();
    }
}
