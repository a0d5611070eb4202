package dev.cairn.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalog entries keep their bytes across releases; multi-attribute index keys get a format version of their own. */
class TableMetadataCodecTest {

    private static final KeyAttribute P = new KeyAttribute("p", "S");

    private static TableMetadata table(List<IndexMetadata> indexes, int nextGlobalIndexNumber) {
        return new TableMetadata("t", "id", "ACTIVE", List.of(P, new KeyAttribute("a", "S"), new KeyAttribute("b", "N"),
                new KeyAttribute("c", "B")), P, null, "PAY_PER_REQUEST", 0, 0, 1L, 1L, false, indexes,
                nextGlobalIndexNumber);
    }

    private static IndexMetadata classic() {
        return new IndexMetadata("g1", IndexKind.GLOBAL, 1, new KeyAttribute("a", "S"), new KeyAttribute("b", "N"),
                "ALL", List.of(), IndexMetadata.ACTIVE, 0, 0);
    }

    @Test
    void multiAttributeIndexKeysRoundTripInKeySchemaOrderAsVersionThree() {
        IndexMetadata multi = new IndexMetadata("g2", IndexKind.GLOBAL, 2,
                List.of(new KeyAttribute("b", "N"), new KeyAttribute("a", "S")),
                List.of(new KeyAttribute("c", "B"), P), "INCLUDE", List.of("x"), IndexMetadata.CREATING, 0, 0);
        TableMetadata table = table(List.of(classic(), multi), 3);

        byte[] bytes = TableMetadataCodec.encode(table);

        assertThat(bytes[0]).isEqualTo((byte) 3);
        assertThat(TableMetadataCodec.decode(bytes)).isEqualTo(table);
        assertThat(TableMetadataCodec.decode(bytes).index("g2").partitionKeys())
                .containsExactly(new KeyAttribute("b", "N"), new KeyAttribute("a", "S"));
    }

    @Test
    void tablesWithoutMultiAttributeKeysKeepTheirOlderFormats() {
        TableMetadata implied = table(List.of(classic()), 2);
        TableMetadata counted = table(List.of(classic()), 5);

        byte[] first = TableMetadataCodec.encode(implied);
        byte[] second = TableMetadataCodec.encode(counted);

        assertThat(first[0]).isEqualTo((byte) 1);
        assertThat(second[0]).isEqualTo((byte) 2);
        assertThat(TableMetadataCodec.encode(TableMetadataCodec.decode(first))).isEqualTo(first);
        assertThat(TableMetadataCodec.decode(second)).isEqualTo(counted);
    }
}
