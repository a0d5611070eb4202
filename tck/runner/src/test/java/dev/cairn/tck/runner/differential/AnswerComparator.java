package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares Cairn's answer with the reference's the way a DynamoDB client would notice a difference:
 * HTTP status, the full namespaced {@code __type}, the message text (whatever its key), and the
 * rest of the body after {@link AnswerNormaliser}. ConsumedCapacity is compared only when both
 * return it, since DynamoDB Local omits it in places DynamoDB returns it. Each body difference is
 * reported at the deepest path where the two answers part.
 */
final class AnswerComparator {

    private AnswerComparator() {
    }

    static List<Mismatch> compare(String operation, WireAnswer cairn, WireAnswer reference, List<String> ignore) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (cairn.status() != reference.status()) {
            mismatches.add(Mismatch.of("status", cairn.status(), reference.status()));
        }
        if (!Objects.equals(cairn.type(), reference.type())) {
            mismatches.add(Mismatch.of("__type", cairn.type(), reference.type()));
        }
        if (!Objects.equals(cairn.message(), reference.message())) {
            mismatches.add(Mismatch.of("message", cairn.message(), reference.message()));
        }
        JsonNode ours = comparable(operation, cairn.payload(), ignore);
        JsonNode theirs = comparable(operation, reference.payload(), ignore);
        if (ours.isObject() && theirs.isObject()) {
            alignConsumedCapacity((ObjectNode) ours, (ObjectNode) theirs);
        }
        diff("body", ours, theirs, mismatches);
        return mismatches;
    }

    private static JsonNode comparable(String operation, JsonNode payload, List<String> ignore) {
        JsonNode copy = payload.deepCopy();
        if (copy instanceof ObjectNode object) {
            ignore.forEach(object::remove);
        }
        return switch (operation) {
            case "Scan" -> AnswerNormaliser.normalise(copy, true);
            case "BatchGetItem" -> AnswerNormaliser.normaliseBatchGet(copy);
            default -> AnswerNormaliser.normalise(copy, false);
        };
    }

    private static void alignConsumedCapacity(ObjectNode ours, ObjectNode theirs) {
        if (ours.has("ConsumedCapacity") != theirs.has("ConsumedCapacity")) {
            ours.remove("ConsumedCapacity");
            theirs.remove("ConsumedCapacity");
        }
    }

    private static void diff(String path, JsonNode ours, JsonNode theirs, List<Mismatch> out) {
        if (Objects.equals(ours, theirs)) {
            return;
        }
        if (ours != null && theirs != null && ours.isObject() && theirs.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            ours.fieldNames().forEachRemaining(names::add);
            theirs.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path + "." + name, ours.get(name), theirs.get(name), out);
            }
            return;
        }
        if (ours != null && theirs != null && ours.isArray() && theirs.isArray() && ours.size() == theirs.size()) {
            for (int i = 0; i < ours.size(); i++) {
                diff(path + "[" + i + "]", ours.get(i), theirs.get(i), out);
            }
            return;
        }
        out.add(Mismatch.of(path, shown(ours), shown(theirs)));
    }

    private static String shown(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
