package dev.cairn.core.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalog entries as bytes. A leading format version lets later releases read older entries; fields
 * are only ever appended in a new version, never reordered. Version 2 appends the table's next
 * global index number; a version 1 entry gets one past its highest global index. An entry whose
 * counter says no more than that is still written as version 1, so that re-encoding a stored entry
 * gives back its bytes (the catalog's compare-and-set compares bytes). Version 3 is version 2 with
 * each index's key written as counted lists of partition and sort key attributes (multi-attribute
 * global index keys); it is written only when some index has such a key, so every older entry
 * re-encodes to its own bytes.
 */
final class TableMetadataCodec {

    private static final int MULTI_ATTRIBUTE_VERSION = 3;
    private static final int FORMAT_VERSION = 2;
    private static final int FIRST_VERSION = 1;

    private TableMetadataCodec() {}

    static byte[] encode(TableMetadata table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            boolean multiAttribute = table.indexes().stream().anyMatch(IndexMetadata::multiAttribute);
            boolean counterImplied = !multiAttribute && table.nextGlobalIndexNumber() == nextAfter(table.indexes());
            out.writeByte(multiAttribute ? MULTI_ATTRIBUTE_VERSION : counterImplied ? FIRST_VERSION : FORMAT_VERSION);
            out.writeUTF(table.name());
            out.writeUTF(table.id());
            out.writeUTF(table.status());
            out.writeShort(table.attributeDefinitions().size());
            for (KeyAttribute attribute : table.attributeDefinitions()) {
                writeAttribute(out, attribute);
            }
            writeAttribute(out, table.partitionKey());
            writeOptionalAttribute(out, table.sortKey());
            out.writeUTF(table.billingMode());
            out.writeLong(table.readCapacity());
            out.writeLong(table.writeCapacity());
            out.writeLong(table.creationMillis());
            out.writeLong(table.billingModeChangeMillis());
            out.writeBoolean(table.deletionProtection());
            out.writeShort(table.indexes().size());
            for (IndexMetadata index : table.indexes()) {
                writeIndex(out, index, multiAttribute);
            }
            if (!counterImplied) {
                out.writeInt(table.nextGlobalIndexNumber());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TableMetadata decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != MULTI_ATTRIBUTE_VERSION && version != FORMAT_VERSION && version != FIRST_VERSION) {
                throw new IllegalStateException("Unknown catalog entry format " + version);
            }
            String name = in.readUTF();
            String id = in.readUTF();
            String status = in.readUTF();
            int definitionCount = in.readUnsignedShort();
            List<KeyAttribute> definitions = new ArrayList<>(definitionCount);
            for (int i = 0; i < definitionCount; i++) {
                definitions.add(readAttribute(in));
            }
            KeyAttribute partitionKey = readAttribute(in);
            KeyAttribute sortKey = readOptionalAttribute(in);
            String billingMode = in.readUTF();
            long read = in.readLong();
            long write = in.readLong();
            long created = in.readLong();
            long billingChanged = in.readLong();
            boolean deletionProtection = in.readBoolean();
            int indexCount = in.readUnsignedShort();
            List<IndexMetadata> indexes = new ArrayList<>(indexCount);
            for (int i = 0; i < indexCount; i++) {
                indexes.add(readIndex(in, version == MULTI_ATTRIBUTE_VERSION));
            }
            int nextGlobalIndexNumber = version == FIRST_VERSION ? nextAfter(indexes) : in.readInt();
            return new TableMetadata(name, id, status, definitions, partitionKey, sortKey, billingMode, read, write,
                    created, billingChanged, deletionProtection, indexes, nextGlobalIndexNumber);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int nextAfter(List<IndexMetadata> indexes) {
        int highest = 0;
        for (IndexMetadata index : indexes) {
            if (index.isGlobal()) {
                highest = Math.max(highest, index.number());
            }
        }
        return highest + 1;
    }

    private static void writeIndex(DataOutputStream out, IndexMetadata index, boolean keyLists) throws IOException {
        out.writeUTF(index.name());
        out.writeByte(index.kind().ordinal());
        out.writeShort(index.number());
        if (keyLists) {
            writeAttributes(out, index.partitionKeys());
            writeAttributes(out, index.sortKeys());
        } else {
            writeAttribute(out, index.partitionKey());
            writeOptionalAttribute(out, index.sortKey());
        }
        out.writeUTF(index.projectionType());
        out.writeShort(index.nonKeyAttributes().size());
        for (String attribute : index.nonKeyAttributes()) {
            out.writeUTF(attribute);
        }
        out.writeUTF(index.status());
        out.writeLong(index.readCapacity());
        out.writeLong(index.writeCapacity());
    }

    private static IndexMetadata readIndex(DataInputStream in, boolean keyLists) throws IOException {
        String name = in.readUTF();
        IndexKind kind = IndexKind.values()[in.readUnsignedByte()];
        int number = in.readUnsignedShort();
        List<KeyAttribute> partitionKeys;
        List<KeyAttribute> sortKeys;
        if (keyLists) {
            partitionKeys = readAttributes(in);
            sortKeys = readAttributes(in);
        } else {
            partitionKeys = List.of(readAttribute(in));
            KeyAttribute sortKey = readOptionalAttribute(in);
            sortKeys = sortKey == null ? List.of() : List.of(sortKey);
        }
        String projectionType = in.readUTF();
        int count = in.readUnsignedShort();
        List<String> nonKey = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            nonKey.add(in.readUTF());
        }
        String status = in.readUTF();
        long read = in.readLong();
        long write = in.readLong();
        return new IndexMetadata(name, kind, number, partitionKeys, sortKeys, projectionType, nonKey, status, read,
                write);
    }

    private static void writeAttributes(DataOutputStream out, List<KeyAttribute> attributes) throws IOException {
        out.writeByte(attributes.size());
        for (KeyAttribute attribute : attributes) {
            writeAttribute(out, attribute);
        }
    }

    private static List<KeyAttribute> readAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedByte();
        List<KeyAttribute> attributes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            attributes.add(readAttribute(in));
        }
        return attributes;
    }

    private static void writeAttribute(DataOutputStream out, KeyAttribute attribute) throws IOException {
        out.writeUTF(attribute.name());
        out.writeUTF(attribute.type());
    }

    private static KeyAttribute readAttribute(DataInputStream in) throws IOException {
        return new KeyAttribute(in.readUTF(), in.readUTF());
    }

    private static void writeOptionalAttribute(DataOutputStream out, KeyAttribute attribute) throws IOException {
        out.writeBoolean(attribute != null);
        if (attribute != null) {
            writeAttribute(out, attribute);
        }
    }

    private static KeyAttribute readOptionalAttribute(DataInputStream in) throws IOException {
        return in.readBoolean() ? readAttribute(in) : null;
    }
}
