package dev.cairn.core.transaction;

import dev.cairn.core.table.Subspaces;
import dev.cairn.core.write.PreparedWrite;
import java.nio.ByteBuffer;

/**
 * One validated action of a TransactWriteItems, at its position in the request.
 *
 * @param index the action's position in the request, from 0
 */
record TransactAction(int index, ActionKind kind, PreparedWrite write) {

    String keyspace() {
        return Subspaces.tableKeyspace(write.table().id());
    }

    /** Identifies the item across tables: equal for two actions on the same item, and ordered for locking. */
    ByteBuffer itemIdentity() {
        return ItemIdentity.of(keyspace(), write.key().partition(), write.key().clustering());
    }
}
