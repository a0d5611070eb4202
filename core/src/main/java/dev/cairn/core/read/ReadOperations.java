package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.KeyCondition;
import dev.cairn.core.expression.ProjectionExpression;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.legacy.LegacyConditions;
import dev.cairn.core.legacy.LegacyMixing;
import dev.cairn.core.legacy.LegacyProjection;
import dev.cairn.core.legacy.LegacySelect;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.validation.ExpressionContexts;
import dev.cairn.core.write.Capacity;
import dev.cairn.core.write.IndexCapacity;
import dev.cairn.core.write.ItemStore;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import java.util.Map;

/**
 * GetItem, Query and Scan, of tables and of their indexes. Reads are served from the store directly:
 * every write is durable and visible once acknowledged, so eventually consistent reads of a table or
 * local index are simply strongly consistent here; a global index is as fresh as its propagation.
 */
public final class ReadOperations {

    private final Store store;
    private final TableOperations tables;
    private final ItemStore items;

    public ReadOperations(Store store, TableOperations tables, ItemStore items) {
        this.store = store;
        this.tables = tables;
        this.items = items;
    }

    public GetItemResponse getItem(GetItemRequest request) {
        ReadRequestConstraints.check(request);
        LegacyMixing.check(request);
        TableMetadata table = tables.require(request.tableName());
        StorageKey key = PrimaryKeys.ofKey(table, AttributeValues.checkedItem(request.key()));
        ExpressionContext context = ExpressionContexts.forRequest(request.expressionAttributeNames(), null)
                .namesOnly(request.projectionExpression()).build();
        ProjectionExpression projection = request.projectionExpression() == null
                ? LegacyProjection.of(request.attributesToGet())
                : Expressions.projection(request.projectionExpression(), context);
        context.checkAllUsed();
        Map<String, AttributeValue> item = items.read(table, key);
        boolean consistent = Boolean.TRUE.equals(request.consistentRead());
        ConsumedCapacity capacity = Capacity.report(request.returnConsumedCapacity(), table.name(),
                () -> Capacity.readUnits(item == null ? 0 : ItemSize.of(item), consistent));
        return new GetItemResponse(item == null || projection == null ? item : projection.apply(item), capacity);
    }

    public QueryResponse query(QueryRequest request) {
        ReadRequestConstraints.check(request);
        LegacyMixing.check(request);
        TableMetadata table = tables.require(request.tableName());
        ReadTarget target = ReadTarget.of(table, request.indexName());
        if (request.keyConditionExpression() == null && request.keyConditions() == null) {
            throw ApiException.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        LegacySelect.check(request.select(), request.attributesToGet());
        boolean countOnly = checkSelect(request.select(),
                projectionMember(request.projectionExpression(), request.attributesToGet()), request.indexName());
        ExpressionContext context = ExpressionContexts.forRequest(request.expressionAttributeNames(),
                        request.expressionAttributeValues())
                .withValues("FilterExpression", request.filterExpression())
                .withValues("KeyConditionExpression", request.keyConditionExpression())
                .namesOnly(request.projectionExpression()).build();
        KeyCondition keyCondition = QueryKeyConditions.resolve(request, context, target);
        QueryKeyConditions.rejectKeyAttributesInQueryFilter(request, target);
        ConditionExpression filter = request.filterExpression() == null
                ? LegacyConditions.filter(request.queryFilter(), request.conditionalOperator())
                : Expressions.filter(request.filterExpression(), context);
        ProjectionExpression projection = request.projectionExpression() == null
                ? LegacyProjection.of(request.attributesToGet())
                : Expressions.projection(request.projectionExpression(), context);
        context.checkAllUsed();
        QueryKeyConditions.checkTypes(target, keyCondition);
        if (request.filterExpression() != null) {
            QueryKeyConditions.rejectKeyAttributesInFilter(filter, target);
        }
        boolean fetchBase = IndexReadRules.check(target, request.select(), request.consistentRead(), projection, filter);

        byte[] partition = target.partition(keyCondition.partitionValues());
        boolean reverse = Boolean.FALSE.equals(request.scanIndexForward());
        SortKeyRange range = SortKeyRange.of(target.space(), keyCondition.sortPrefix(), keyCondition.sort());
        if (request.exclusiveStartKey() != null) {
            StorageKey start = target.startKey(request.exclusiveStartKey());
            // wording: dynalite test/query.js "...ExclusiveStartKey with out-of-bounds hash key" and
            // "...with non-matching range key" (captured from DynamoDB)
            if (!java.util.Arrays.equals(start.partition(), partition)) {
                throw ApiException.validation(
                        "The provided starting key is outside query boundaries based on provided conditions");
            }
            if (!range.contains(start.clustering())) {
                throw ApiException.validation("The provided starting key does not match the range key predicate");
            }
            range = range.resumeAfter(start.clustering(), reverse);
        }
        int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        PageCollector.Page page;
        try (RowCursor rows = store.range(new RangeRead(target.keyspace(), partition,
                range.lower(), range.upper(), reverse, limit == Integer.MAX_VALUE ? limit : limit + 1))) {
            page = PageCollector.collect(rows, entries(target, fetchBase), limit, filter, projection, countOnly,
                    target.index() != null || table.hasSortKey());
        }
        double units = Capacity.readUnits(page.bytesRead(), Boolean.TRUE.equals(request.consistentRead()));
        return new QueryResponse(countOnly ? null : page.items(), page.count(), page.scannedCount(),
                page.lastEvaluatedKey(), IndexCapacity.read(request.returnConsumedCapacity(), table, target.index(), units));
    }

    public ScanResponse scan(ScanRequest request) {
        ReadRequestConstraints.check(request);
        LegacyMixing.check(request);
        ReadRequestConstraints.checkSegments(request);
        TableMetadata table = tables.require(request.tableName());
        ReadTarget target = ReadTarget.of(table, request.indexName());
        LegacySelect.check(request.select(), request.attributesToGet());
        boolean countOnly = checkSelect(request.select(),
                projectionMember(request.projectionExpression(), request.attributesToGet()), request.indexName());
        ExpressionContext context = ExpressionContexts.forRequest(request.expressionAttributeNames(),
                        request.expressionAttributeValues())
                .withValues("FilterExpression", request.filterExpression())
                .namesOnly(request.projectionExpression()).build();
        ConditionExpression filter = request.filterExpression() == null
                ? LegacyConditions.filter(request.scanFilter(), request.conditionalOperator())
                : Expressions.filter(request.filterExpression(), context);
        ProjectionExpression projection = request.projectionExpression() == null
                ? LegacyProjection.of(request.attributesToGet())
                : Expressions.projection(request.projectionExpression(), context);
        context.checkAllUsed();
        boolean fetchBase = IndexReadRules.check(target, request.select(), request.consistentRead(), projection, filter);

        RowKey resumeAfter = null;
        if (request.exclusiveStartKey() != null) {
            StorageKey start = target.startKey(request.exclusiveStartKey());
            resumeAfter = new RowKey(start.partition(), start.clustering());
        }
        int segment = request.segment() == null ? 0 : request.segment();
        int totalSegments = request.totalSegments() == null ? 1 : request.totalSegments();
        if (resumeAfter != null && totalSegments > 1
                && store.segmentOf(target.keyspace(), resumeAfter.partition(), totalSegments) != segment) {
            // wording: dynalite test/scan.js "should return ValidationException if ExclusiveStartKey is
            // from different segment", captured from DynamoDB
            throw ApiException.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use "
                    + "ExclusiveStartKey with correct Segment. TotalSegments: " + totalSegments + " Segment: " + segment);
        }
        int limit = request.limit() == null ? Integer.MAX_VALUE : request.limit();
        PageCollector.Page page;
        try (RowCursor rows = store.scan(new ScanRead(target.keyspace(), segment, totalSegments, resumeAfter,
                Integer.MAX_VALUE))) {
            page = PageCollector.collect(rows, entries(target, fetchBase), limit, filter, projection, countOnly, true);
        }
        // a Scan that reads no item consumes nothing, as DynamoDB Local answers; otherwise it is
        // charged by the 4 KB, half of it for an eventually consistent read
        double units = page.bytesRead() == 0 ? 0
                : Capacity.readUnits(page.bytesRead(), Boolean.TRUE.equals(request.consistentRead()));
        return new ScanResponse(countOnly ? null : page.items(), page.count(), page.scannedCount(),
                page.lastEvaluatedKey(), IndexCapacity.read(request.returnConsumedCapacity(), table, target.index(), units));
    }

    private PageCollector.Entries entries(ReadTarget target, boolean fetchBase) {
        return new PageCollector.Entries() {
            @Override
            public boolean holds(Row row) {
                return target.holds(row);
            }

            @Override
            public ItemCodec.Sized item(Row row) {
                ItemCodec.Sized sized = target.item(row, items);
                if (sized == null || !fetchBase) {
                    return sized;
                }
                Map<String, AttributeValue> base = target.baseItem(sized.item(), row.partition(), items);
                return base == null ? null : new ItemCodec.Sized(base, ItemSize.of(base));
            }

            @Override
            public Map<String, AttributeValue> key(Map<String, AttributeValue> item) {
                return target.lastEvaluatedKey(item);
            }
        };
    }

    /** The request's projection for the Select rules: the expression, or AttributesToGet when it names any. */
    private static String projectionMember(String projectionExpression, java.util.List<String> attributesToGet) {
        if (projectionExpression != null) {
            return projectionExpression;
        }
        return attributesToGet == null || attributesToGet.isEmpty() ? null : String.join(",", attributesToGet);
    }

    /** Applies DynamoDB's Select rules; true when only a count is wanted. */
    private static boolean checkSelect(String select, String projectionExpression, String indexName) {
        if (select == null) {
            return false;
        }
        switch (select) {
            case "SPECIFIC_ATTRIBUTES" -> {
                if (projectionExpression == null) {
                    throw ApiException.validation("Must specify the AttributesToGet or ProjectionExpression when "
                            + "choosing to get SPECIFIC_ATTRIBUTES");
                }
            }
            case "ALL_PROJECTED_ATTRIBUTES" -> {
                if (indexName == null) {
                    throw ApiException.validation(
                            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
                }
            }
            default -> {
                if (projectionExpression != null) {
                    throw ApiException.validation("Cannot specify the ProjectionExpression when choosing to get "
                            + ("COUNT".equals(select) ? "only the Count" : select));
                }
            }
        }
        return "COUNT".equals(select);
    }
}
