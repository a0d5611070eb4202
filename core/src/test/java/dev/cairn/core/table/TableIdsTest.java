package dev.cairn.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TableIdsTest {

    @Test
    void aTableIdIsAVersionFourUuidDerivedFromTheStorageIdAlone() {
        String id = TableIds.uuidOf("3w5e11264sgsg");
        UUID uuid = UUID.fromString(id);

        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(TableIds.uuidOf("3w5e11264sgsg")).isEqualTo(id);
        assertThat(TableIds.uuidOf("3w5e11264sgsh")).isNotEqualTo(id);
    }
}
