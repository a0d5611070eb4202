package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.GlobalSecondaryIndexUpdate;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.core.validation.ConstraintViolations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * UpdateTable's GlobalSecondaryIndexUpdates, checked as DynamoDB checks them: any number of
 * throughput Updates, but at most one Create or Delete per call, and no Create while another index
 * is being built. A Create needs AttributeDefinitions for its new key attributes and gets the
 * table's next index number; a Delete takes the index out at once. The table's attribute
 * definitions always name exactly the key attributes still in use.
 */
final class GlobalIndexUpdates {

    /** The table after the updates, and the index created or deleted, if any. */
    record Outcome(TableMetadata table, IndexMetadata created, IndexMetadata deleted) {}

    private GlobalIndexUpdates() {}

    /** The first-stage member constraints of the updates. */
    static void addConstraints(ConstraintViolations violations, List<GlobalSecondaryIndexUpdate> updates) {
        for (int i = 0; i < updates.size(); i++) {
            GlobalSecondaryIndexUpdate update = updates.get(i);
            String member = "globalSecondaryIndexUpdates." + (i + 1) + ".member.";
            if (update.create() != null) {
                GlobalSecondaryIndex create = update.create();
                IndexDefinitions.addConstraints(violations, member + "create.", create.indexName(), create.keySchema(),
                        Integer.MAX_VALUE, create.projection());
            }
            if (update.update() != null) {
                violations.tableName(member + "update.indexName", update.update().indexName())
                        .notNull(member + "update.provisionedThroughput", update.update().provisionedThroughput());
            }
            if (update.delete() != null) {
                violations.tableName(member + "delete.indexName", update.delete().indexName());
            }
        }
    }

    static Outcome apply(TableMetadata table, List<GlobalSecondaryIndexUpdate> updates,
            List<AttributeDefinition> attributeDefinitions) {
        int structural = 0;
        for (GlobalSecondaryIndexUpdate update : updates) {
            if (update.create() == null && update.update() == null && update.delete() == null) {
                throw ApiException.validation("Update global secondary index action is null");
            }
            if (update.create() != null || update.delete() != null) {
                structural++;
            }
        }
        if (structural > 1) {
            throw ApiException.limitExceeded("Subscriber limit exceeded: Only 1 online index can be created or "
                    + "deleted simultaneously per table");
        }
        TableMetadata updated = table;
        IndexMetadata created = null;
        IndexMetadata deleted = null;
        for (GlobalSecondaryIndexUpdate update : updates) {
            if (update.create() != null) {
                created = create(updated, update.create(), attributeDefinitions);
                List<IndexMetadata> indexes = new ArrayList<>(updated.indexes());
                indexes.add(created);
                updated = updated.withIndexes(indexes, mergedDefinitions(updated, created, attributeDefinitions),
                        updated.nextGlobalIndexNumber() + 1);
            } else if (update.delete() != null) {
                deleted = globalIndex(updated, update.delete().indexName());
                List<IndexMetadata> indexes = new ArrayList<>(updated.indexes());
                indexes.remove(deleted);
                updated = updated.withIndexes(indexes, usedDefinitions(updated.attributeDefinitions(), updated, indexes),
                        updated.nextGlobalIndexNumber());
            } else {
                updated = updated.withIndex(throughputUpdate(updated, update.update()));
            }
        }
        return new Outcome(updated, created, deleted);
    }

    private static IndexMetadata create(TableMetadata table, GlobalSecondaryIndex create,
            List<AttributeDefinition> attributeDefinitions) {
        for (IndexMetadata index : table.indexes()) {
            if (!IndexMetadata.ACTIVE.equals(index.status())) {
                throw ApiException.resourceInUse("Attempt to change a resource which is still in use: Index is being "
                        + "created.");
            }
        }
        if (table.index(create.indexName()) != null) {
            throw ApiException.validation("Attempting to create an index which already exists");
        }
        if (attributeDefinitions == null || attributeDefinitions.isEmpty()) {
            throw ApiException.validation("No Attribute Schema Defined");
        }
        AttributeNameLengths.checkKeySchema(create.keySchema());
        AttributeNameLengths.checkProjection(create.projection());
        AttributeNameLengths.checkDefinitions(attributeDefinitions);
        List<KeyAttribute> definitions = new ArrayList<>(table.attributeDefinitions());
        for (AttributeDefinition definition : attributeDefinitions) {
            KeyAttribute existing = IndexSchema.find(definitions, definition.attributeName());
            if (existing == null) {
                definitions.add(new KeyAttribute(definition.attributeName(), definition.attributeType()));
            } else if (!existing.type().equals(definition.attributeType())) {
                throw ApiException.validation(
                        "invalid attribute, SchemaElement redefined should be of same type as previously defined");
            }
        }
        long globalCount = table.indexes().stream().filter(IndexMetadata::isGlobal).count();
        if (globalCount >= IndexDefinitions.MAX_GLOBAL_INDEXES) {
            throw ApiException.validation("GlobalSecondaryIndex count exceeds the per-table limit");
        }
        IndexMetadata index = IndexDefinitions.global(create, definitions, table.billingMode(),
                table.nextGlobalIndexNumber(), IndexMetadata.CREATING);
        List<IndexMetadata> all = new ArrayList<>(table.indexes());
        all.add(index);
        IndexDefinitions.checkProjectedAttributeCount(all);
        return index;
    }

    private static IndexMetadata throughputUpdate(TableMetadata table, GlobalSecondaryIndexUpdate.Update update) {
        IndexMetadata index = table.index(update.indexName());
        if (index == null || !index.isGlobal()) {
            throw ApiException.validation("Invalid global secondary index name");
        }
        ProvisionedThroughput throughput = update.provisionedThroughput();
        if ("PAY_PER_REQUEST".equals(table.billingMode())) {
            throw ApiException.validation("One or more parameter values were invalid: ProvisionedThroughput should not "
                    + "be specified for index: " + index.name() + " when BillingMode is PAY_PER_REQUEST");
        }
        if (throughput.readCapacityUnits() == null || throughput.writeCapacityUnits() == null
                || throughput.readCapacityUnits() < 1 || throughput.writeCapacityUnits() < 1) {
            throw ApiException.validation(
                    "Global Secondary Index's read and write throughput must be at least 1, and cannot be null");
        }
        if (throughput.readCapacityUnits() == index.readCapacity()
                && throughput.writeCapacityUnits() == index.writeCapacity()) {
            throw ApiException.validation("The requested throughput value equals the current value");
        }
        return index.withThroughput(throughput.readCapacityUnits(), throughput.writeCapacityUnits());
    }

    private static IndexMetadata globalIndex(TableMetadata table, String name) {
        IndexMetadata index = table.index(name);
        if (index == null || !index.isGlobal()) {
            throw ApiException.resourceNotFound("Requested resource not found");
        }
        return index;
    }

    private static List<KeyAttribute> mergedDefinitions(TableMetadata table, IndexMetadata created,
            List<AttributeDefinition> given) {
        List<KeyAttribute> all = new ArrayList<>(table.attributeDefinitions());
        for (AttributeDefinition definition : given) {
            if (IndexSchema.find(all, definition.attributeName()) == null) {
                all.add(new KeyAttribute(definition.attributeName(), definition.attributeType()));
            }
        }
        List<IndexMetadata> indexes = new ArrayList<>(table.indexes());
        indexes.add(created);
        return usedDefinitions(all, table, indexes);
    }

    /** The definitions of the attributes that the table's or an index's key uses, in their given order. */
    private static List<KeyAttribute> usedDefinitions(List<KeyAttribute> definitions, TableMetadata table,
            List<IndexMetadata> indexes) {
        Set<String> used = new LinkedHashSet<>();
        used.add(table.partitionKey().name());
        if (table.hasSortKey()) {
            used.add(table.sortKey().name());
        }
        for (IndexMetadata index : indexes) {
            index.keyAttributes().forEach(attribute -> used.add(attribute.name()));
        }
        List<KeyAttribute> kept = new ArrayList<>();
        for (KeyAttribute definition : definitions) {
            if (used.contains(definition.name())) {
                kept.add(definition);
            }
        }
        return kept;
    }
}
