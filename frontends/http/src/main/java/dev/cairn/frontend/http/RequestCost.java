package dev.cairn.frontend.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.HashMap;
import java.util.Map;

/**
 * What one request may cost the heap, judged from its headers before its body is read: the body
 * times {@link #REQUEST_FACTOR} (it is held as Netty's buffers, as one heap array, then as parsed
 * attribute values and as the encoded item) plus an allowance for the answer its operation can
 * build (as attribute values, as JSON bytes while they grow, and as the socket's copy): four times
 * DynamoDB's bound where the bound is large (BatchGetItem 16 MB, the transactions 4 MB), about
 * what a page or an item takes as JSON for the rest (Query and Scan 2 MB for a 1 MB page, item
 * operations 600 KB for a 400 KB item), so that the 32 connections of the load benchmark do not
 * wait. docs/operations.md, "Memory", has the figures.
 *
 * <p>A body whose size the headers do not give (chunked, or compressed: 16 MB of JSON may inflate
 * from a few kilobytes) is costed as the largest allowed; a chunked one gives back what it did not
 * use once it has been read ({@link MemoryAdmission}).
 */
final class RequestCost {

    static final int REQUEST_FACTOR = 4;

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final long MB = 1024 * 1024;
    static final long ITEM_RESPONSE = 600 * 1024;        // one item of 400 KB, binary as base64
    static final long PAGE_RESPONSE = 2 * MB;            // 1 MB read, the item that crosses it, encoding
    static final long TRANSACT_RESPONSE = 4 * 4 * MB;    // 4 MB of items, four times over
    static final long BATCH_GET_RESPONSE = 4 * 16 * MB;  // 16 MB of items, four times over
    static final long SMALL_RESPONSE = 64 * 1024;
    /** Marks an operation whose response may repeat its request. */
    private static final Long BODY_ECHO = -1L;
    private static final Map<String, Long> ALLOWANCES = allowances();

    private RequestCost() {}

    /** The bytes this request may hold, before the budget bounds it. */
    static long of(HttpRequest request, int maxRequestBytes) {
        long body = bodyBytes(request, maxRequestBytes);
        return body * REQUEST_FACTOR + responseAllowance(request.headers().get("X-Amz-Target"), body);
    }

    /** What a chunked request costs once its body is known to be {@code bodyBytes} long. */
    static long ofStreamed(HttpRequest request, long bodyBytes) {
        return bodyBytes * REQUEST_FACTOR + responseAllowance(request.headers().get("X-Amz-Target"), bodyBytes);
    }

    /** Whether the headers leave the body's size open until it has been read. */
    static boolean streamed(HttpRequest request) {
        return HttpUtil.isTransferEncodingChunked(request) && !request.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
    }

    private static long bodyBytes(HttpRequest request, int maxRequestBytes) {
        if (streamed(request) || request.headers().contains(HttpHeaderNames.CONTENT_ENCODING)) {
            return maxRequestBytes;
        }
        long length;
        try {
            length = HttpUtil.getContentLength(request, 0L);
        } catch (NumberFormatException malformed) {
            return 0; // the decoder refuses it
        }
        // Over the limit, the aggregator answers 413 and discards the body as it arrives.
        return length < 0 || length > maxRequestBytes ? 0 : length;
    }

    /** The largest response the operation builds: what DynamoDB's limits let it return. */
    private static long responseAllowance(String target, long bodyBytes) {
        Long allowance = target == null ? null : ALLOWANCES.get(target); // the whole header: no substring per request
        if (allowance == null) {
            return SMALL_RESPONSE;
        }
        return allowance < 0 ? SMALL_RESPONSE + 2 * bodyBytes : allowance;
    }

    private static Map<String, Long> allowances() {
        Map<String, Long> byTarget = new HashMap<>();
        for (String item : new String[] {"GetItem", "PutItem", "UpdateItem", "DeleteItem"}) {
            byTarget.put(TARGET_PREFIX + item, ITEM_RESPONSE);
        }
        byTarget.put(TARGET_PREFIX + "Query", PAGE_RESPONSE);
        byTarget.put(TARGET_PREFIX + "Scan", PAGE_RESPONSE);
        byTarget.put(TARGET_PREFIX + "TransactGetItems", TRANSACT_RESPONSE);
        byTarget.put(TARGET_PREFIX + "TransactWriteItems", TRANSACT_RESPONSE);
        byTarget.put(TARGET_PREFIX + "BatchGetItem", BATCH_GET_RESPONSE);
        byTarget.put(TARGET_PREFIX + "BatchWriteItem", BODY_ECHO); // UnprocessedItems repeat the request at most, as JSON and its copy
        return Map.copyOf(byTarget);
    }
}
