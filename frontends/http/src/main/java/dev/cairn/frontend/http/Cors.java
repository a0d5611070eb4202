package dev.cairn.frontend.http;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * Cross-origin requests, so the AWS SDK for JavaScript works from a page served elsewhere. As
 * DynamoDB does (scylladb test/alternator/test_cors.py, run against DynamoDB): a request with an
 * {@code Origin} gets {@code Access-Control-Allow-Origin: *} and the headers a script may read; a
 * preflight ({@code OPTIONS}) also gets the requested method and headers echoed back as allowed,
 * and a max age; a request without {@code Origin} gets no CORS header at all.
 */
final class Cors {

    /** The response headers an SDK reads; the browser hides any other from scripts. */
    private static final String EXPOSED = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,x-amz-crc32,Date";
    /** How long a browser may reuse a preflight's answer, in seconds. */
    private static final String MAX_AGE = "86400";

    /** What a response to one request carries; {@code null} fields add nothing. */
    record Headers(String requestedMethod, String requestedHeaders, boolean preflight) {}

    private Cors() {}

    /** The CORS headers owed to this request, or null when it is not a cross-origin request. */
    static Headers of(FullHttpRequest request, boolean preflight) {
        HttpHeaders headers = request.headers();
        if (!headers.contains("Origin")) {
            return null;
        }
        return new Headers(headers.get("Access-Control-Request-Method"), headers.get("Access-Control-Request-Headers"),
                preflight);
    }

    static void addTo(HttpHeaders response, Headers cors) {
        if (cors == null) {
            return;
        }
        response.set("Access-Control-Allow-Origin", "*");
        response.set("Access-Control-Expose-Headers", EXPOSED);
        if (cors.preflight()) {
            response.set("Access-Control-Max-Age", MAX_AGE);
            if (cors.requestedMethod() != null) {
                response.set("Access-Control-Allow-Methods", cors.requestedMethod());
            }
            if (cors.requestedHeaders() != null) {
                response.set("Access-Control-Allow-Headers", cors.requestedHeaders());
            }
        }
    }
}
