package dev.cairn.core.index;

import dev.cairn.core.codec.ByteReader;
import dev.cairn.core.codec.ByteWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The global index changes of one item write, kept in the item's partition until applied. Applying
 * an entry twice has the same effect as once, and entries of one partition are applied in order,
 * so a crash anywhere only delays propagation.
 */
record OutboxEntry(List<IndexRowChange> changes) {

    byte[] encode() {
        ByteWriter out = new ByteWriter(128);
        out.writeVarint(changes.size());
        for (IndexRowChange change : changes) {
            writeBytes(change.keyspace().getBytes(StandardCharsets.US_ASCII), out);
            writeBytes(change.partition(), out);
            writeBytes(change.clustering(), out);
            out.write(change.value() == null ? 0 : 1);
            if (change.value() != null) {
                writeBytes(change.value(), out);
            }
        }
        return out.toByteArray();
    }

    static OutboxEntry decode(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, 0);
        int count = in.readVarint();
        List<IndexRowChange> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String keyspace = new String(readBytes(in), StandardCharsets.US_ASCII);
            byte[] partition = readBytes(in);
            byte[] clustering = readBytes(in);
            byte[] value = in.read() == 1 ? readBytes(in) : null;
            changes.add(new IndexRowChange(keyspace, partition, clustering, value));
        }
        return new OutboxEntry(changes);
    }

    private static void writeBytes(byte[] bytes, ByteWriter out) {
        out.writeVarint(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(ByteReader in) {
        return in.read(in.readVarint());
    }
}
