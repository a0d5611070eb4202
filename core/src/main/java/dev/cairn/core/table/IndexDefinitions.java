package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The secondary indexes of a CreateTable request, checked as DynamoDB checks them: at most 5 local
 * indexes (on the table's partition key, with their own sort key, only on tables with a sort key),
 * at most 20 global ones with their own keys and throughput by billing mode, unique names, and at
 * most 100 projected non-key attributes over all indexes.
 */
final class IndexDefinitions {

    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_GLOBAL_INDEXES = 20;
    static final int MAX_PROJECTED_ATTRIBUTES = 100;
    private static final int MAX_NON_KEY_ATTRIBUTES_PER_INDEX = 20;

    private IndexDefinitions() {}

    /** The member constraints of the index lists, added to a request's first validation stage. */
    static void addConstraints(ConstraintViolations violations, List<LocalSecondaryIndex> locals,
            List<GlobalSecondaryIndex> globals) {
        if (locals != null) {
            for (int i = 0; i < locals.size(); i++) {
                LocalSecondaryIndex index = locals.get(i);
                addConstraints(violations, "localSecondaryIndexes." + (i + 1) + ".member.", index.indexName(),
                        index.keySchema(), 2, index.projection());
            }
        }
        if (globals != null) {
            for (int i = 0; i < globals.size(); i++) {
                GlobalSecondaryIndex index = globals.get(i);
                addConstraints(violations, "globalSecondaryIndexes." + (i + 1) + ".member.", index.indexName(),
                        index.keySchema(), Integer.MAX_VALUE, index.projection());
            }
        }
    }

    /**
     * @param maxKeySchema 2 for a local index; unbounded for a global one, whose key schema length
     *     DynamoDB checks with its multi-attribute key rules instead (API reference,
     *     CreateGlobalSecondaryIndexAction: "Array Members: Minimum number of 1 item.")
     */
    static void addConstraints(ConstraintViolations violations, String member, String name,
            List<KeySchemaElement> keySchema, int maxKeySchema, dev.cairn.api.model.Projection projection) {
        violations.tableName(member + "indexName", name)
                .notNull(member + "keySchema", keySchema);
        KeySchemaValue.addLength(violations, member + "keySchema", keySchema, maxKeySchema);
        violations.notNull(member + "projection", projection);
        if (keySchema != null) {
            for (int k = 0; k < keySchema.size(); k++) {
                String element = member + "keySchema." + (k + 1) + ".member.";
                violations.notNull(element + "attributeName", keySchema.get(k).attributeName())
                        .notNull(element + "keyType", keySchema.get(k).keyType())
                        .oneOf(element + "keyType", keySchema.get(k).keyType(), Enums.KEY_TYPE);
            }
        }
        if (projection != null) {
            violations.oneOf(member + "projection.projectionType", projection.projectionType(), Enums.PROJECTION_TYPE)
                    .size(member + "projection.nonKeyAttributes", projection.nonKeyAttributes(), 1,
                            MAX_NON_KEY_ATTRIBUTES_PER_INDEX);
        }
    }

    /** The request's indexes as catalog metadata, local ones first; the table's keys are already checked. */
    static List<IndexMetadata> of(List<LocalSecondaryIndex> locals, List<GlobalSecondaryIndex> globals,
            KeyAttribute partitionKey, KeyAttribute sortKey, List<KeyAttribute> definitions, String billingMode) {
        if (globals != null && globals.isEmpty()) {
            throw ApiException.validation("GSI list is empty/invalid");
        }
        List<IndexMetadata> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (locals != null && !locals.isEmpty()) {
            if (sortKey == null) {
                // wording: dynalite test/createTable.js "no range key with LocalSecondaryIndex"
                throw ApiException.validation("One or more parameter values were invalid: Table KeySchema does not "
                        + "have a range key, which is required when specifying a LocalSecondaryIndex");
            }
            if (locals.size() > MAX_LOCAL_INDEXES) {
                throw ApiException.validation("Cannot have more than 5 local secondary indexes per table");
            }
            for (LocalSecondaryIndex local : locals) {
                indexes.add(local(local, partitionKey, definitions, indexes.size() + 1));
                checkUniqueName(names, local.indexName());
            }
        }
        if (globals != null) {
            if (globals.size() > MAX_GLOBAL_INDEXES) {
                throw ApiException.validation("GlobalSecondaryIndex count exceeds the per-table limit");
            }
            int number = 1;
            for (GlobalSecondaryIndex global : globals) {
                indexes.add(global(global, definitions, billingMode, number++, IndexMetadata.ACTIVE));
                checkUniqueName(names, global.indexName());
            }
        }
        checkProjectedAttributeCount(indexes);
        return indexes;
    }

    /** Index names are unique over local and global indexes (dynalite test/createTable.js, Alternator test_lsi.py). */
    private static void checkUniqueName(Set<String> names, String name) {
        if (!names.add(name)) {
            throw ApiException.validation("One or more parameter values were invalid: Duplicate index name: " + name);
        }
    }

    /** A global index as CreateTable or UpdateTable's Create defines it. */
    static IndexMetadata global(GlobalSecondaryIndex global, List<KeyAttribute> definitions, String billingMode,
            int number, String status) {
        IndexSchema.checkGlobalKeySchema(global.keySchema(), definitions);
        List<String> nonKey = IndexSchema.checkProjection(global.projection());
        ProvisionedThroughput throughput = global.provisionedThroughput();
        long read = 0;
        long write = 0;
        if ("PAY_PER_REQUEST".equals(billingMode)) {
            if (throughput != null) {
                throw ApiException.validation("One or more parameter values were invalid: ProvisionedThroughput should "
                        + "not be specified for index: " + global.indexName() + " when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            if (throughput == null) {
                throw ApiException.validation("No provisioned throughput specified for the global secondary index");
            }
            if (throughput.readCapacityUnits() == null || throughput.writeCapacityUnits() == null
                    || throughput.readCapacityUnits() < 1 || throughput.writeCapacityUnits() < 1) {
                throw ApiException.validation(
                        "Global Secondary Index's read and write throughput must be at least 1, and cannot be null");
            }
            read = throughput.readCapacityUnits();
            write = throughput.writeCapacityUnits();
        }
        List<KeySchemaElement> keySchema = global.keySchema();
        return new IndexMetadata(global.indexName(), IndexKind.GLOBAL, number,
                IndexSchema.attributes(keySchema, "HASH", definitions),
                IndexSchema.attributes(keySchema, "RANGE", definitions),
                global.projection().projectionType(), nonKey, status, read, write);
    }

    /** Rejects more than 100 INCLUDE attributes over all the table's indexes. */
    static void checkProjectedAttributeCount(List<IndexMetadata> indexes) {
        int total = 0;
        for (IndexMetadata index : indexes) {
            total += index.nonKeyAttributes().size();
        }
        if (total > MAX_PROJECTED_ATTRIBUTES) {
            throw ApiException.validation("One or more parameter values were invalid: Number of projected attributes "
                    + "in all indexes exceeds limit of " + MAX_PROJECTED_ATTRIBUTES + ", provided: " + total);
        }
    }

    private static IndexMetadata local(LocalSecondaryIndex local, KeyAttribute partitionKey,
            List<KeyAttribute> definitions, int number) {
        List<KeySchemaElement> keySchema = local.keySchema();
        IndexSchema.checkKeySchema(keySchema, definitions);
        if (!keySchema.get(0).attributeName().equals(partitionKey.name())) {
            throw ApiException.validation("Local Secondary indices must have the same hash key as the main table");
        }
        if (keySchema.size() != 2) {
            throw ApiException.validation("Local secondary indices must have a range key");
        }
        List<String> nonKey = IndexSchema.checkProjection(local.projection());
        return new IndexMetadata(local.indexName(), IndexKind.LOCAL, number, partitionKey,
                IndexSchema.find(definitions, keySchema.get(1).attributeName()), local.projection().projectionType(),
                nonKey, IndexMetadata.ACTIVE, 0, 0);
    }
}
