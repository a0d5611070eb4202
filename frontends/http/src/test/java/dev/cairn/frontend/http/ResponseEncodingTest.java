package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accept-Encoding as DynamoDB reads it: every case of scylladb
 * test/alternator/test_compressed_response.py test_compressed_response_accept_encodings, which was
 * run against DynamoDB ("none" means the response is sent uncompressed).
 */
class ResponseEncodingTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "identity|NONE", "''|NONE", "br|NONE", "zstd|NONE", "compress|NONE", "x-gzip|NONE",
        "gzip|GZIP", "deflate|DEFLATE",
        "gzip, deflate|GZIP", "br, identity, deflate, gzip|DEFLATE", "GZIP, identity|GZIP", "dog, gzip ,, cat|GZIP",
        "gzip;q=0.8, deflate;q=0.5|GZIP", "br, gzip;q=0, deflate; q = 0.5 , identity;q=0|DEFLATE",
        "*|GZIP", "'*, deflate;q=0.5'|GZIP", "'*, deflate'|DEFLATE", "'*, identity'|GZIP", "'*, gzip;q=0.5'|DEFLATE",
        "gzip ;q=0|NONE", "identity;q=0|NONE", "*;q=0|NONE", "'*;q=0.5,identity'|GZIP",
        "gzip;q=0.5,identity;q=0.8|GZIP", "br;q=0.8,identity;q=0.5,*;q=0|NONE",
        "\"gzip\"|NONE", "gzip br|NONE", "gzip:q=1|NONE",
        "deflate;q=0.5, gzip;q=31|GZIP", "gzip;q=31,deflate;q=51|GZIP", "deflate;q=0.5, gzip;q=0.2|DEFLATE",
        "deflate;q=0.5, gzip;q=1;q=0.2|GZIP", "deflate;q=0.5,gzip;q=0.|DEFLATE", "deflate;q=0.5,gzip;q=0.x|GZIP",
        "deflate;q=-0.5,gzip;q=0.2|GZIP", "'gzip;nq=1;q=0 '|NONE", "gzip;q=0, gzip;q=1, gzip;q=0|GZIP",
        "br,identity;q=0.5,gzip;q=0.0001|GZIP"})
    void acceptEncodingChoosesAsDynamoDbDoes(String acceptEncoding, ResponseEncoding expected) {
        assertThat(ResponseEncoding.negotiate(acceptEncoding)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"4095,false", "4096,true"})
    void onlyBodiesOfFourKilobytesOrMoreAreCompressed(int size, boolean compressed) {
        assertThat(ResponseEncoding.GZIP.applies(size)).isEqualTo(compressed);
        assertThat(ResponseEncoding.NONE.applies(size)).isFalse();
    }
}
