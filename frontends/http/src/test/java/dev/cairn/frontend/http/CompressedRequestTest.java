package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.ListTablesRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Request bodies under Content-Encoding, as DynamoDB takes them (scylladb
 * test/alternator/test_compressed_request.py, run against DynamoDB): gzip, concatenated gzip and
 * deflate are inflated; a body that does not inflate and an encoding DynamoDB does not know are
 * answered 500, and the connection stays open; what a body inflates to is held to the 16 MB limit.
 */
class CompressedRequestTest extends ScriptedServer {

    private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";
    private static final byte[] REQUEST = "{\"ExclusiveStartTableName\":\"zipped\"}".getBytes(StandardCharsets.UTF_8);
    private static final String INTERNAL_ERROR =
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"Internal server error\"}";


    @Test
    void deflateBodiesAreInflatedWithAndWithoutTheZlibWrapper() throws IOException {
        for (boolean raw : new boolean[] {false, true}) {
            RawHttpConnection.Response response = exchange(deflate(REQUEST, raw), "deflate");

            assertThat(response.status()).isEqualTo(200);
            assertThat(engine.<ListTablesRequest>lastRequest()).isEqualTo(new ListTablesRequest("zipped", null));
        }
    }

    /** test_gzip_request_two_gzips: two gzip members one after the other are one body. */
    @Test
    void concatenatedGzipMembersAreOneBody() throws IOException {
        byte[] first = gzip(Arrays.copyOfRange(REQUEST, 0, 10));
        byte[] second = gzip(Arrays.copyOfRange(REQUEST, 10, REQUEST.length));
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);

        assertThat(exchange(both, "gzip").status()).isEqualTo(200);
        assertThat(engine.<ListTablesRequest>lastRequest()).isEqualTo(new ListTablesRequest("zipped", null));
    }

    /** test_broken_gzip_content, test_gzip_request_with_missing_character, test_gzip_request_empty. */
    @Test
    void aBodyThatDoesNotInflateIsAnInternalServerErrorOnAnOpenConnection() throws IOException {
        byte[] truncated = gzip(REQUEST);
        truncated = Arrays.copyOf(truncated, truncated.length - 1);
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            for (byte[] body : List.of(REQUEST, truncated, new byte[0])) {
                connection.post(LIST_TABLES, body, Map.of("Content-Encoding", "gzip"));
                RawHttpConnection.Response response = connection.read();
                assertThat(response.status()).isEqualTo(500);
                assertThat(response.text()).isEqualTo(INTERNAL_ERROR);
            }
            connection.post(LIST_TABLES, "{}");
            assertThat(connection.read().status()).isEqualTo(200);
        }
        assertThat(engine.<ListTablesRequest>lastRequest()).isEqualTo(new ListTablesRequest(null, null));
    }

    /** test_garbage_content_encoding: DynamoDB answers 500 and does nothing. */
    @Test
    void anUnknownContentEncodingIsAnInternalServerError() throws IOException {
        RawHttpConnection.Response response = exchange(REQUEST, "garbage");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).isEqualTo(INTERNAL_ERROR);
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    /**
     * 20 MB of JSON white space gzips to about 20 KB. Inflating it whole would take 20 MB of heap
     * per request; the inflated size is held to the uncompressed request limit instead (DynamoDB
     * itself does not bound it: test_gzip_request_oversized).
     */
    @Test
    void aBodyThatInflatesPastSixteenMegabytesIsRefusedWith413() throws IOException {
        byte[] spaces = new byte[20 * 1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        spaces[0] = '{';
        spaces[spaces.length - 1] = '}';
        byte[] bomb = gzip(spaces);
        assertThat(bomb.length).isLessThan(100_000);

        assertThat(exchange(bomb, "gzip").status()).isEqualTo(413);
        assertThat(engine.<Object>lastRequest()).isNull();
    }

    @Test
    void identityIsNoEncoding() throws IOException {
        assertThat(exchange(REQUEST, "identity").status()).isEqualTo(200);
        assertThat(engine.<ListTablesRequest>lastRequest()).isEqualTo(new ListTablesRequest("zipped", null));
    }

    private RawHttpConnection.Response exchange(byte[] body, String encoding) throws IOException {
        return exchange(LIST_TABLES, body, Map.of("Content-Encoding", encoding));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
