package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the differential cases from {@code differential/*.json} on the test classpath, one file
 * per area. Each file holds {@code {"area": ..., "cases": [...]}}. Two shorthands keep the data
 * readable: {@code "tables": {"{T}": "pk:S,sk:N"}} creates on-demand tables with those key
 * attributes, and {@code "items": {"{T}": [item, ...]}} puts items; both run as setup before any
 * explicit {@code "setup"} requests.
 */
final class CaseCorpus {

    private static final String FOLDER = "differential";

    private CaseCorpus() {
    }

    static List<DifferentialCase> load(ObjectMapper json) {
        List<DifferentialCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files()) {
            try {
                JsonNode root = json.readTree(file.toFile());
                String area = root.path("area").asText(file.getFileName().toString());
                for (JsonNode node : root.path("cases")) {
                    DifferentialCase parsed = parse(area, node);
                    if (!names.add(parsed.displayName())) {
                        throw new IllegalStateException("duplicate case name: " + parsed.displayName());
                    }
                    cases.add(parsed);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return cases;
    }

    private static List<Path> files() {
        URL folder = CaseCorpus.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no " + FOLDER + "/ folder on the test classpath");
        }
        try (Stream<Path> listing = Files.list(Path.of(folder.toURI()))) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DifferentialCase parse(String area, JsonNode node) {
        String name = node.path("name").asText();
        if (name.isBlank()) {
            throw new IllegalStateException("a case in area " + area + " has no name");
        }
        List<RequestStep> setup = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> table = it.next();
            setup.add(new RequestStep("CreateTable", createTable(table.getKey(), table.getValue().asText()), null, List.of(), null));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("items").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> table = it.next();
            for (JsonNode item : table.getValue()) {
                ObjectNode put = JsonNodeFactory.instance.objectNode();
                put.put("TableName", table.getKey());
                put.set("Item", item);
                setup.add(new RequestStep("PutItem", put, null, List.of(), null));
            }
        }
        node.path("setup").forEach(step -> setup.add(step(step)));
        List<RequestStep> steps = new ArrayList<>();
        node.path("steps").forEach(step -> steps.add(step(step)));
        if (steps.isEmpty()) {
            throw new IllegalStateException("case " + name + " has no steps");
        }
        boolean differs = "differs".equals(node.path("reference").asText());
        String reason = differs ? node.path("reason").asText(null) : null;
        if (differs && (reason == null || steps.stream().noneMatch(RequestStep::hasExpectation))) {
            throw new IllegalStateException("case " + name + " is tagged as a reference difference without a reason and an expected answer");
        }
        return new DifferentialCase(area, name, setup, steps, reason);
    }

    private static RequestStep step(JsonNode step) {
        List<String> ignore = new ArrayList<>();
        step.path("ignore").forEach(member -> ignore.add(member.asText()));
        String raw = step.has("rawBody") ? step.get("rawBody").asText() : null;
        JsonNode body = step.has("body") ? step.get("body") : JsonNodeFactory.instance.objectNode();
        return new RequestStep(step.path("operation").asText(), body, raw, ignore, step.get("expected"));
    }

    /** {@code "pk:S,sk:N"}: the first attribute is the partition key, the optional second the sort key. */
    private static ObjectNode createTable(String tableName, String keys) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("TableName", tableName);
        var schema = body.putArray("KeySchema");
        var definitions = body.putArray("AttributeDefinitions");
        String[] parts = keys.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] nameAndType = parts[i].trim().split(":");
            schema.addObject().put("AttributeName", nameAndType[0]).put("KeyType", i == 0 ? "HASH" : "RANGE");
            definitions.addObject().put("AttributeName", nameAndType[0]).put("AttributeType", nameAndType[1]);
        }
        body.put("BillingMode", "PAY_PER_REQUEST");
        return body;
    }
}
