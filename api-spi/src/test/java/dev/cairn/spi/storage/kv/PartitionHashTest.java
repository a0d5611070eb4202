package dev.cairn.spi.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionHashTest {

    /** Published MurmurHash3 x86_32 vectors (seed 0): the persisted hash must never drift from them. */
    @ParameterizedTest
    @CsvSource({
        "'', 00000000",
        "test, ba6bd213",
        "'Hello, world!', c0363e43",
        "The quick brown fox jumps over the lazy dog, 2e4ff723",
    })
    void hashIsMurmur3x86With32BitsAndSeedZero(String input, String expectedHex) {
        int hash = PartitionHash.of(input.getBytes(StandardCharsets.US_ASCII));

        assertThat(hash).isEqualTo(Integer.parseUnsignedInt(expectedHex, 16));
    }

    @ParameterizedTest
    @CsvSource({"ff807f, 0594abd6", "01, e45ad1ab"})
    void hashReadsHighBytesAsUnsigned(String inputHex, String expectedHex) {
        byte[] input = HexFormat.of().parseHex(inputHex);

        assertThat(PartitionHash.of(input)).isEqualTo(Integer.parseUnsignedInt(expectedHex, 16));
    }
}
