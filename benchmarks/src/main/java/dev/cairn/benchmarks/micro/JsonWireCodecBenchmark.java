package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.frontend.http.json.ItemRequestReader;
import dev.cairn.frontend.http.json.ItemResponseWriter;
import dev.cairn.frontend.http.json.JsonWireCodec;
import dev.cairn.frontend.http.json.QueryScanRequestReader;
import dev.cairn.frontend.http.json.QueryScanResponseWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The wire half of every request: JSON 1.0 bodies to model records and responses back to bytes.
 * Every request pays one read and one write, so these set a floor under the per-request cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonWireCodecBenchmark {

    private final JsonWireCodec codec = new JsonWireCodec();
    private byte[] putItemBody;
    private byte[] getItemBody;
    private byte[] queryBody;
    private GetItemResponse getItemResponse;
    private QueryResponse queryResponse;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        putItemBody = WireBodies.putItem(42, 7, random);
        getItemBody = WireBodies.getItem(42, 7);
        queryBody = WireBodies.query(42, 10);
        getItemResponse = new GetItemResponse(WireBodies.item(42, 7, random), null);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int s = 10; s < 35; s++) {
            items.add(WireBodies.item(42, s, random));
        }
        queryResponse = new QueryResponse(items, items.size(), items.size(), null, null);
    }

    @Benchmark
    public PutItemRequest readPutItem1KB() {
        return codec.read(putItemBody, ItemRequestReader::putItem);
    }

    @Benchmark
    public GetItemRequest readGetItem() {
        return codec.read(getItemBody, ItemRequestReader::getItem);
    }

    @Benchmark
    public QueryRequest readQuery() {
        return codec.read(queryBody, QueryScanRequestReader::query);
    }

    @Benchmark
    public byte[] writeGetItemResponse1KB() {
        return codec.write(getItemResponse, ItemResponseWriter::getItem);
    }

    @Benchmark
    public byte[] writeQueryResponse25Items() {
        return codec.write(queryResponse, QueryScanResponseWriter::query);
    }
}
