package dev.cairn.frontend.http.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.cairn.api.ApiException;
import dev.cairn.api.Engine;
import dev.cairn.api.model.DescribeEndpointsResponse;
import dev.cairn.api.model.TagResourceRequest;
import dev.cairn.api.model.UntagResourceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * DynamoDB's JSON 1.0 wire format for every operation the Engine serves: request bodies to model
 * records, response records and API errors to bytes. Streaming only (Jackson's JsonParser and
 * JsonGenerator), so no tree is built per request. Thread-safe.
 */
public final class JsonWireCodec {

    /**
     * Room for a 16 MB request made of one string, and for attribute names (JSON field names) past
     * DynamoDB's 65,535 bytes, so the engine judges them; DynamoDB's attribute nesting stops at 32 levels.
     */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(32 * 1024 * 1024)
            .maxNameLength(1024 * 1024)
            .maxNestingDepth(256)
            .build();

    private static final List<Operation<?, ?>> OPERATIONS = List.of(
            new Operation<>("CreateTable", TableRequestReader::createTable, Engine::createTable, TableResponseWriter::createTable),
            new Operation<>("DescribeTable", TableRequestReader::describeTable, Engine::describeTable, TableResponseWriter::describeTable),
            new Operation<>("ListTables", TableRequestReader::listTables, Engine::listTables, TableResponseWriter::listTables),
            new Operation<>("DeleteTable", TableRequestReader::deleteTable, Engine::deleteTable, TableResponseWriter::deleteTable),
            new Operation<>("UpdateTable", TableRequestReader::updateTable, Engine::updateTable, TableResponseWriter::updateTable),
            new Operation<>("PutItem", ItemRequestReader::putItem, Engine::putItem, ItemResponseWriter::putItem),
            new Operation<>("GetItem", ItemRequestReader::getItem, Engine::getItem, ItemResponseWriter::getItem),
            new Operation<>("UpdateItem", ItemRequestReader::updateItem, Engine::updateItem, ItemResponseWriter::updateItem),
            new Operation<>("DeleteItem", ItemRequestReader::deleteItem, Engine::deleteItem, ItemResponseWriter::deleteItem),
            new Operation<>("Query", QueryScanRequestReader::query, Engine::query, QueryScanResponseWriter::query),
            new Operation<>("Scan", QueryScanRequestReader::scan, Engine::scan, QueryScanResponseWriter::scan),
            new Operation<>("BatchGetItem", BatchRequestReader::batchGetItem, Engine::batchGetItem, BatchResponseWriter::batchGetItem),
            new Operation<>("BatchWriteItem", BatchRequestReader::batchWriteItem, Engine::batchWriteItem, BatchResponseWriter::batchWriteItem),
            new Operation<>("TransactWriteItems", TransactRequestReader::transactWriteItems, Engine::transactWriteItems, TransactResponseWriter::transactWriteItems),
            new Operation<>("TransactGetItems", TransactRequestReader::transactGetItems, Engine::transactGetItems, TransactResponseWriter::transactGetItems),
            new Operation<>("TagResource", ControlPlaneRequestReader::tagResource, JsonWireCodec::tagResource, ControlPlaneResponseWriter::empty),
            new Operation<>("UntagResource", ControlPlaneRequestReader::untagResource, JsonWireCodec::untagResource, ControlPlaneResponseWriter::empty),
            new Operation<>("ListTagsOfResource", ControlPlaneRequestReader::listTagsOfResource, Engine::listTagsOfResource, ControlPlaneResponseWriter::listTagsOfResource),
            new Operation<>("DescribeLimits", ControlPlaneRequestReader::noMembers, (engine, none) -> engine.describeLimits(), ControlPlaneResponseWriter::describeLimits),
            new Operation<>("DescribeContinuousBackups", ControlPlaneRequestReader::describeContinuousBackups, Engine::describeContinuousBackups, ControlPlaneResponseWriter::describeContinuousBackups));

    private final JsonFactory factory = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private final Map<String, Operation<?, ?>> byName = OPERATIONS.stream()
            .collect(Collectors.toUnmodifiableMap(Operation::name, op -> op));

    /** The operation of that name ({@code PutItem}), if the Engine serves it. */
    public Optional<Operation<?, ?>> operation(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * DescribeEndpoints, answered by the front end: the engine does not know the address clients
     * use. The body is checked as any other (it has no members).
     */
    public byte[] describeEndpoints(byte[] body, String address) {
        read(body, ControlPlaneRequestReader::noMembers);
        return write(DescribeEndpointsResponse.of(address), ControlPlaneResponseWriter::describeEndpoints);
    }

    private static Object tagResource(Engine engine, TagResourceRequest request) {
        engine.tagResource(request);
        return Boolean.TRUE;
    }

    private static Object untagResource(Engine engine, UntagResourceRequest request) {
        engine.untagResource(request);
        return Boolean.TRUE;
    }

    /** Reads one request body with the reader of its top-level structure. */
    public <Q> Q read(byte[] body, Function<WireReader, Q> reader) {
        return WireReader.parse(factory, body, reader);
    }

    /** Answers a body that is not well-formed JSON as DynamoDB does, before it looks at anything else. */
    public void requireWellFormed(byte[] body) {
        WireReader.requireWellFormed(factory, body);
    }

    /** Writes one response record as a JSON object. */
    public <R> byte[] write(R response, BiConsumer<JsonOut, R> writer) {
        ResponseBuffer bytes = ResponseBuffer.acquire();
        try (JsonGenerator generator = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
            new JsonOut(generator).object(response, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArrayAndRelease();
    }

    /** Writes DynamoDB's error envelope for an API error. This is the one place errors get their wire form. */
    public byte[] writeError(ApiException error) {
        return write(error, ErrorWriter::error);
    }
}
