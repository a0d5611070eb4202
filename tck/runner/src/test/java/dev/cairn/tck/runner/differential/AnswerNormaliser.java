package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Puts an answer in a form where equal means "DynamoDB would consider these the same answer".
 * Left out: members that differ on every call or every server (creation times, ARNs, table ids,
 * the 6-hourly size and item counts). Put in order: what DynamoDB returns in no promised order —
 * the members of a string/number/binary set, Scan's and BatchGetItem's items (scan order belongs to
 * the backend), attribute definitions and index lists. Attribute values keep their text: "1" and
 * "1.0" as N values are a difference worth seeing; plain JSON numbers (Count, CapacityUnits) compare
 * by value.
 */
final class AnswerNormaliser {

    private static final Set<String> VOLATILE = Set.of("CreationDateTime", "TableArn", "TableId",
            "LastUpdateToPayPerRequestDateTime", "LastIncreaseDateTime", "LastDecreaseDateTime", "IndexArn",
            "LatestStreamArn", "LatestStreamLabel", "TableSizeBytes", "ItemCount", "IndexSizeBytes");
    private static final Set<String> SETS = Set.of("SS", "NS", "BS");
    private static final Set<String> UNORDERED_LISTS = Set.of("AttributeDefinitions", "GlobalSecondaryIndexes",
            "LocalSecondaryIndexes", "TableNames");

    private AnswerNormaliser() {
    }

    /** Normalises {@code payload}; {@code unorderedItems} when the operation's item order is not DynamoDB's to promise. */
    static JsonNode normalise(JsonNode payload, boolean unorderedItems) {
        return walk(payload, null, unorderedItems);
    }

    private static JsonNode walk(JsonNode node, String memberName, boolean unorderedItems) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            for (String name : names) {
                if (!VOLATILE.contains(name)) {
                    out.set(name, walk(node.get(name), name, unorderedItems));
                }
            }
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(walk(element, null, unorderedItems)));
            boolean unordered = SETS.contains(memberName) || UNORDERED_LISTS.contains(memberName)
                    || (unorderedItems && "Items".equals(memberName));
            if (unordered) {
                elements.sort(Comparator.comparing(JsonNode::toString));
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            out.addAll(elements);
            return out;
        }
        if (node.isNumber()) {
            return DecimalNode.valueOf(new BigDecimal(node.asText()).stripTrailingZeros());
        }
        return node;
    }

    /** BatchGetItem's per-table item lists are sets too. */
    static JsonNode normaliseBatchGet(JsonNode payload) {
        JsonNode normalised = normalise(payload, false);
        JsonNode responses = normalised.get("Responses");
        if (responses instanceof ObjectNode tables) {
            tables.fieldNames().forEachRemaining(table -> {
                List<JsonNode> items = new ArrayList<>();
                tables.get(table).forEach(items::add);
                items.sort(Comparator.comparing(JsonNode::toString));
                ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
                sorted.addAll(items);
                tables.set(table, sorted);
            });
        }
        return normalised;
    }
}
