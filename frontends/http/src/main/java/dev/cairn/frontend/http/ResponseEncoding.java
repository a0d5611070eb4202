package dev.cairn.frontend.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a response body is sent: as it is, gzipped or deflated (zlib), chosen from the request's
 * Accept-Encoding the way DynamoDB chooses — only bodies of 4 KB or more are compressed; the
 * highest quality wins; at equal quality an encoding named outright beats one reached through
 * {@code *}, the first named beats the later, and gzip beats deflate; {@code identity} and
 * unknown codings are ignored; a q of 0 refuses, a q over 1 counts as 1, below 0 as 0, one that is
 * not a number as 1, and only an entry's first q counts. Every case: scylladb
 * test/alternator/test_compressed_response.py test_compressed_response_accept_encodings, run
 * against DynamoDB.
 */
enum ResponseEncoding {
    NONE(null),
    GZIP("gzip"),
    DEFLATE("deflate");

    /** DynamoDB compresses responses of at least this many bytes (test_compressed_response.py). */
    static final int THRESHOLD_BYTES = 4096;

    final String headerValue;

    ResponseEncoding(String headerValue) {
        this.headerValue = headerValue;
    }

    /** The encoding for an answer to a request with this Accept-Encoding header (null: none). */
    static ResponseEncoding negotiate(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return NONE;
        }
        double gzip = -1;
        double deflate = -1;
        double star = -1;
        int gzipOrder = Integer.MAX_VALUE;
        int deflateOrder = Integer.MAX_VALUE;
        int order = 0;
        for (String entry : acceptEncoding.split(",")) {
            String[] parts = entry.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            switch (coding) {
                case "gzip" -> {
                    gzip = Math.max(gzip, quality);
                    gzipOrder = Math.min(gzipOrder, order++);
                }
                case "deflate" -> {
                    deflate = Math.max(deflate, quality);
                    deflateOrder = Math.min(deflateOrder, order++);
                }
                case "*" -> star = Math.max(star, quality);
                default -> { }
            }
        }
        double gzipQuality = gzip >= 0 ? gzip : Math.max(star, 0);
        double deflateQuality = deflate >= 0 ? deflate : Math.max(star, 0);
        if (gzipQuality <= 0 && deflateQuality <= 0) {
            return NONE;
        }
        if (gzipQuality != deflateQuality) {
            return gzipQuality > deflateQuality ? GZIP : DEFLATE;
        }
        return deflateOrder < gzipOrder ? DEFLATE : GZIP;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i];
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("q")) {
                try {
                    return Math.min(1, Math.max(0, Double.parseDouble(parameter.substring(equals + 1).trim())));
                } catch (NumberFormatException notANumber) {
                    return 1;
                }
            }
        }
        return 1;
    }

    /** Whether a body of this size is sent compressed under this encoding. */
    boolean applies(int bodyBytes) {
        return this != NONE && bodyBytes >= THRESHOLD_BYTES;
    }

    byte[] encode(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 32);
        try (var compressing = this == GZIP ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            compressing.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
