package dev.cairn.frontend.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.zip.CRC32;

/**
 * One HTTP answer with DynamoDB's headers: {@code x-amzn-RequestId}, {@code x-amz-crc32} (the
 * CRC32 of the body bytes as sent, in decimal, which SDKs verify), Content-Type, Content-Length,
 * {@code Server: Server} (what DynamoDB sends), keep-alive, and CORS headers for cross-origin
 * requests. When the body is compressed the CRC covers the compressed bytes, as DynamoDB's does and
 * as the Java SDK v2 and botocore check it (both take the CRC of the bytes received).
 */
record WireResponse(HttpResponseStatus status, String contentType, byte[] body) {

    static final String AMZ_JSON = "application/x-amz-json-1.0";
    /** Every header value here is made by this class from safe ASCII, so Netty need not check each. */
    private static final HttpHeadersFactory UNVALIDATED_HEADERS =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);

    FullHttpResponse toHttp(String requestId, boolean keepAlive, ResponseEncoding encoding, Cors.Headers cors) {
        boolean compressed = encoding.applies(body.length);
        byte[] bytes = compressed ? encoding.encode(body) : body;
        CRC32 crc = new CRC32();
        crc.update(bytes);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(bytes), UNVALIDATED_HEADERS, UNVALIDATED_HEADERS);
        response.headers()
                .set(HttpHeaderNames.DATE, HttpDates.now())
                .set("x-amzn-RequestId", requestId)
                .set("x-amz-crc32", Long.toString(crc.getValue()))
                .set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.SERVER, "Server");
        if (compressed) {
            response.headers().set(HttpHeaderNames.CONTENT_ENCODING, encoding.headerValue);
        }
        Cors.addTo(response.headers(), cors);
        HttpUtil.setKeepAlive(response, keepAlive);
        return response;
    }
}
