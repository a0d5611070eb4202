package dev.cairn.frontend.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Stands in for a request {@link MemoryAdmission} did not let in: its headers, no body (that is
 * discarded as it arrives). It travels the pipeline as any request, so its answer, DynamoDB's
 * retryable ThrottlingException, keeps its place among the answers of a pipelining client. A
 * client that waits for {@code 100 Continue} has not sent its body and may not: the connection is
 * closed after the answer, so what it sends next is not taken for that body.
 */
final class AdmissionRefused extends DefaultFullHttpRequest {

    AdmissionRefused(HttpRequest refused) {
        super(refused.protocolVersion(), refused.method(), refused.uri(), Unpooled.EMPTY_BUFFER);
        headers().set(refused.headers());
        headers().remove(HttpHeaderNames.TRANSFER_ENCODING).setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        if (HttpUtil.is100ContinueExpected(refused)) {
            headers().remove(HttpHeaderNames.EXPECT).set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
    }
}
