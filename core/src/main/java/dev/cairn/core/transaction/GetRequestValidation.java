package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.Get;
import dev.cairn.api.model.TransactGetItem;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.ProjectionExpression;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import dev.cairn.core.validation.ExpressionContexts;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validates a whole TransactGetItems before anything is read, in DynamoDB's stages, as GetItem would each Get. */
final class GetRequestValidation {

    private GetRequestValidation() {}

    static List<TransactRead> validate(TransactGetItemsRequest request, TableOperations tables) {
        ConstraintViolations violations = new ConstraintViolations()
                .notNull("transactItems", request.transactItems())
                .size("transactItems", request.transactItems(), 1, WriteRequestValidation.MAX_ACTIONS)
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY);
        if (request.transactItems() != null && request.transactItems().size() <= WriteRequestValidation.MAX_ACTIONS) {
            for (int i = 0; i < request.transactItems().size(); i++) {
                String at = "transactItems." + (i + 1) + ".member.get";
                TransactGetItem item = request.transactItems().get(i);
                Get get = item == null ? null : item.get();
                violations.notNull(at, get);
                if (get != null) {
                    violations.notNull(at + ".key", get.key()).tableName(at + ".tableName", get.tableName());
                }
            }
        }
        violations.throwIfAny();
        List<TransactGetItem> gets = request.transactItems();
        InvalidKeys.cancelIfAny(gets.size(), i -> InvalidKeys.keyMismatch(gets.get(i).get().tableName(),
                gets.get(i).get().key(), tables));
        List<TransactRead> reads = new ArrayList<>();
        Set<ByteBuffer> items = new HashSet<>();
        for (TransactGetItem item : request.transactItems()) {
            TransactRead read = prepare(item.get(), tables);
            if (!items.add(ItemIdentity.of(Subspaces.tableKeyspace(read.table().id()), read.key().partition(),
                    read.key().clustering()))) {
                throw ApiException.validation("Transaction request cannot include multiple operations on one item");
            }
            reads.add(read);
        }
        return reads;
    }

    private static TransactRead prepare(Get get, TableOperations tables) {
        TableMetadata table = tables.require(get.tableName());
        StorageKey key = PrimaryKeys.ofKey(table, AttributeValues.checkedItem(get.key()));
        ExpressionContext context = ExpressionContexts.of(get.expressionAttributeNames(), null,
                get.projectionExpression());
        ProjectionExpression projection = get.projectionExpression() == null
                ? null : Expressions.projection(get.projectionExpression(), context);
        context.checkAllUsed();
        return new TransactRead(table, key, projection);
    }
}
