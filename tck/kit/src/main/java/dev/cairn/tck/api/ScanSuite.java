package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.ascii;
import static dev.cairn.tck.api.Items.bool;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Scan: every item of the table exactly once across pages (Limit items or 1 MB each) and across
 * the segments of a parallel scan; Select COUNT and FilterExpression count as they do in Query.
 */
public abstract class ScanSuite extends ApiSuite {

    @Test
    void scanOfAnEmptyTableReturnsNothing() {
        String table = hashTable();

        ScanResponse response = client.scan(r -> r.tableName(table));

        assertThat(response.items()).isEmpty();
        assertThat(response.count()).isZero();
        assertThat(response.hasLastEvaluatedKey()).isFalse();
    }

    @Test
    void scanReturnsEveryItemOfEveryPartition() {
        String table = compositeTable(ScalarAttributeType.N);
        List<String> written = writeItems(table, 30);

        assertThat(ids(client.scan(r -> r.tableName(table)).items())).containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void limitPagesCoverEveryItemExactlyOnce() {
        String table = compositeTable(ScalarAttributeType.N);
        List<String> written = writeItems(table, 23);

        List<String> seen = scanAll(table, 4, null, null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void pagesStopAtOneMegabyteOfItems() {
        String table = hashTable();
        for (int i = 0; i < 15; i++) {
            put(table, item("pk", s("k" + i), "blob", s(ascii(100_000))));
        }

        ScanResponse first = client.scan(r -> r.tableName(table));

        assertThat(first.count()).isBetween(9, 11);
        assertThat(first.hasLastEvaluatedKey()).isTrue();
        List<String> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(r -> r.tableName(table).exclusiveStartKey(from));
            page.items().forEach(i -> all.add(i.get("pk").s()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        assertThat(all).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void selectCountReturnsTheCountWithoutItems() {
        String table = compositeTable(ScalarAttributeType.N);
        writeItems(table, 12);

        ScanResponse response = client.scan(r -> r.tableName(table).select(Select.COUNT));

        assertThat(response.count()).isEqualTo(12);
        assertThat(response.scannedCount()).isEqualTo(12);
        assertThat(response.hasItems()).isFalse();
    }

    @Test
    void filterExpressionReducesCountButNotScannedCount() {
        String table = compositeTable(ScalarAttributeType.N);
        writeItems(table, 10);

        ScanResponse response = client.scan(r -> r.tableName(table).filterExpression("odd = :t")
                .expressionAttributeValues(Map.of(":t", bool(true))));

        assertThat(response.count()).isEqualTo(5);
        assertThat(response.scannedCount()).isEqualTo(10);
        assertThat(response.items()).allSatisfy(i -> assertThat(i.get("odd")).isEqualTo(bool(true)));
    }

    @ParameterizedTest(name = "{0} segments")
    @ValueSource(ints = {1, 2, 3, 16})
    void parallelScanSegmentsCoverEveryItemExactlyOnce(int totalSegments) {
        String table = compositeTable(ScalarAttributeType.N);
        List<String> written = writeItems(table, 40);

        List<String> seen = new ArrayList<>();
        for (int segment = 0; segment < totalSegments; segment++) {
            seen.addAll(scanAll(table, 5, segment, totalSegments));
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void segmentWithoutTotalSegmentsIsRejected() {
        String table = hashTable();

        assertValidation(() -> client.scan(r -> r.tableName(table).segment(0)));
    }

    @Test
    void segmentMustBeBelowTotalSegments() {
        String table = hashTable();

        assertValidation(() -> client.scan(r -> r.tableName(table).segment(2).totalSegments(2)));
    }

    @Test
    void limitMustBePositive() {
        String table = hashTable();

        assertValidation(() -> client.scan(r -> r.tableName(table).limit(0)));
    }

    /** Items in five partitions, {@code odd} marking every second one; returns their ids. */
    private List<String> writeItems(String table, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            put(table, item("pk", s("p" + i % 5), "sk", n(i), "odd", bool(i % 2 == 1)));
            ids.add("p" + i % 5 + "/" + i);
        }
        return ids;
    }

    private List<String> scanAll(String table, Integer limit, Integer segment, Integer totalSegments) {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = client.scan(ScanRequest.builder().tableName(table).limit(limit).segment(segment)
                    .totalSegments(totalSegments).exclusiveStartKey(start).build());
            assertThat(page.count()).isLessThanOrEqualTo(limit);
            seen.addAll(ids(page.items()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return seen;
    }

    private static List<String> ids(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("pk").s() + "/" + i.get("sk").n()).toList();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Exclusive start key must lie within the segment\"")
    void exclusiveStartKeyFromAnotherSegmentIsRejected() {
        String table = hashTable();
        for (int i = 0; i < 40; i++) {
            put(table, item("pk", s("k" + i)));
        }
        List<Map<String, AttributeValue>> secondHalf = client.scan(r -> r.tableName(table).segment(1).totalSegments(2))
                .items();
        assertThat(secondHalf).isNotEmpty();

        // wording: dynalite test/scan.js "should return ValidationException if ExclusiveStartKey is from
        // different segment", captured from DynamoDB; the segment named is the one the Scan asked for
        assertValidation("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey "
                + "with correct Segment. TotalSegments: 2 Segment: 0", () -> client.scan(r -> r.tableName(table)
                        .segment(0).totalSegments(2).exclusiveStartKey(Map.of("pk", secondHalf.get(0).get("pk")))));
        // the same key resumes its own segment
        assertThat(client.scan(r -> r.tableName(table).segment(1).totalSegments(2)
                .exclusiveStartKey(Map.of("pk", secondHalf.get(0).get("pk")))).items())
                .hasSize(secondHalf.size() - 1);
    }
}
