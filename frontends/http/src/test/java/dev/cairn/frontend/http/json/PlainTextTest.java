package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PlainText writes exactly what Jackson's writeString writes, whichever path a string takes. */
class PlainTextTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String LONG = "x".repeat(PlainText.MIN_LENGTH);

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "\u007f", "plain ASCII text that is long enough for the fast path",
        "a \"quote\"", "a back\\slash", "tab\t", "nul\u0000", "us\u001f", "what?", "caf\u00e9", "\u65e5\u672c",
        "\uD83D\uDE00", "lone \uD800", "lone \uDC00", "reversed \uDC00\uD800", "\u2028\u2029", "\uFFFF", "/</script>"})
    void writesWhatJacksonWrites(String text) throws IOException {
        for (String s : new String[] {text, LONG + text, text + LONG, LONG + text + LONG}) {
            assertThat(plainText(s)).as(s).isEqualTo(jackson(s));
        }
    }

    @Test
    void writesNullAsJacksonDoes() throws IOException {
        assertThat(plainText(null)).isEqualTo(jackson(null));
    }

    @Test
    void randomTextMatchesJackson() throws IOException {
        Random random = new Random(7);
        char[] alphabet = ("abcXYZ019 ~/?\"\\\t\n\u0000\u001f\u007f\u0080\u00e9\u00ff\u0100\u2028\uD800\uDC00\uFFFF").toCharArray();
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(80)];
            boolean mostlyAscii = random.nextBoolean();
            for (int c = 0; c < text.length; c++) {
                text[c] = mostlyAscii && random.nextInt(50) != 0
                        ? (char) (0x20 + random.nextInt(0x60))
                        : alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(plainText(s)).as(s).isEqualTo(jackson(s));
        }
    }

    /** The word-at-a-time check agrees with a byte-at-a-time one for every byte at every position. */
    @Test
    void isPlainFindsEveryByteThatIsNotPlainWherever() {
        for (int length = 0; length <= 24; length++) {
            for (int at = 0; at < length; at++) {
                for (int b = 0; b < 256; b++) {
                    byte[] bytes = "abcdefghijklmnopqrstuvwxyz".substring(0, length).getBytes(StandardCharsets.US_ASCII);
                    bytes[at] = (byte) b;
                    boolean plain = b >= 0x20 && b < 0x80 && b != '"' && b != '\\' && b != '?';
                    assertThat(PlainText.isPlain(bytes)).as("byte %02x at %d of %d", b, at, length).isEqualTo(plain);
                }
            }
        }
    }

    @Test
    void isPlainAgreesWithAByteLoopOnRandomBytes() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            boolean plain = true;
            for (int at = 0; at < bytes.length; at++) {
                int b = random.nextInt(30) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0x60);
                bytes[at] = (byte) b;
                plain &= b >= 0x20 && b < 0x80 && b != '"' && b != '\\' && b != '?';
            }
            assertThat(PlainText.isPlain(bytes)).as("%s", Arrays.toString(bytes)).isEqualTo(plain);
        }
    }

    private static byte[] plainText(String text) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            PlainText.write(out, text);
        }
        return bytes.toByteArray();
    }

    private static byte[] jackson(String text) throws IOException {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeString(text);
        }
        return bytes.toByteArray();
    }
}
