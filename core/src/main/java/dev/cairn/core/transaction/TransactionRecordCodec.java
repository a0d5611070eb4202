package dev.cairn.core.transaction;

import dev.cairn.core.codec.ItemCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The bytes of a {@link TransactionRecord}: a format byte, then its fields in order. Formats are append-only. */
final class TransactionRecordCodec {

    private static final byte FORMAT = 0x01;

    private TransactionRecordCodec() {}

    static byte[] encode(TransactionRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(record.id());
            out.writeByte(record.state().ordinal());
            out.writeLong(record.startedMillis());
            out.writeInt(record.writes().size());
            for (TransactionRecord.RecordedWrite write : record.writes()) {
                out.writeUTF(write.tableName());
                out.writeUTF(write.tableId());
                writeBytes(out, write.partition());
                writeBytes(out, write.clustering());
                out.writeBoolean(write.changes());
                writeBytes(out, write.after() == null ? null : ItemCodec.encode(write.after()));
            }
            writeBytes(out, record.tokenPartition());
            writeBytes(out, record.tokenDone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TransactionRecord decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readByte() != FORMAT) {
                throw new IllegalStateException("Unknown transaction record format " + bytes[0]);
            }
            String id = in.readUTF();
            TransactionRecord.State state = TransactionRecord.State.values()[in.readByte()];
            long started = in.readLong();
            int count = in.readInt();
            List<TransactionRecord.RecordedWrite> writes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String tableName = in.readUTF();
                String tableId = in.readUTF();
                byte[] partition = readBytes(in);
                byte[] clustering = readBytes(in);
                boolean changes = in.readBoolean();
                byte[] after = readBytes(in);
                writes.add(new TransactionRecord.RecordedWrite(tableName, tableId, partition, clustering, changes,
                        after == null ? null : ItemCodec.decode(after)));
            }
            return new TransactionRecord(id, state, started, writes, readBytes(in), readBytes(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value == null ? -1 : value.length);
        if (value != null) {
            out.write(value);
        }
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readNBytes(length);
    }
}
