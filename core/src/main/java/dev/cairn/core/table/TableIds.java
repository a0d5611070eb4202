package dev.cairn.core.table;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The TableId DynamoDB reports: a random (version 4 shaped) UUID, the same for the table's whole
 * life (scylladb test/alternator/test_table.py test_delete_table_description checks its shape).
 * Cairn derives it from the table's storage id, which is random and fixed at creation, so every
 * table, including those created before TableId was a UUID, keeps one UUID across restarts
 * without a catalog format change, while storage keys keep the short id.
 */
final class TableIds {

    private TableIds() {}

    static String uuidOf(String storageId) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(storageId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        ByteBuffer bits = ByteBuffer.wrap(digest);
        long most = (bits.getLong() & ~0xF000L) | 0x4000L; // version 4
        long least = (bits.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(most, least).toString();
    }
}
