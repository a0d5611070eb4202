package dev.cairn.core.transaction;

import dev.cairn.core.expression.ProjectionExpression;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;

/** One validated Get of a TransactGetItems. */
record TransactRead(TableMetadata table, StorageKey key, ProjectionExpression projection) {

    String keyspace() {
        return Subspaces.tableKeyspace(table.id());
    }
}
