package dev.cairn.tck.runner.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays one case against Cairn and DynamoDB Local, step by step and in lock-step, then drops the
 * case's tables on both so the next case starts from an empty server. Both servers get the same
 * table names, so messages that quote a table name stay comparable.
 */
final class CaseRunner {

    private final RawDynamoDbClient client;
    private final ObjectMapper json;
    private final URI cairn;
    private final URI reference;

    CaseRunner(RawDynamoDbClient client, ObjectMapper json, URI cairn, URI reference) {
        this.client = client;
        this.json = json;
        this.cairn = cairn;
        this.reference = reference;
    }

    CaseOutcome run(DifferentialCase testCase, String suffix) {
        RequestTemplate template = new RequestTemplate(suffix);
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> referenceFailures = new ArrayList<>();
        Pair previous = new Pair(null, null);
        try {
            for (int i = 0; i < testCase.setup().size(); i++) {
                RequestStep step = testCase.setup().get(i);
                Pair answers = send(template, step, previous);
                String label = "setup#" + (i + 1) + " " + step.operation();
                if (answers.reference().isError()) {
                    referenceFailures.add(label + " failed on DynamoDB Local: " + answers.reference().rawBody());
                }
                if (answers.cairn().isError()) {
                    mismatches.add(Mismatch.of(label, answers.cairn().status() + " " + answers.cairn().rawBody(),
                            answers.reference().status()));
                }
                previous = answers;
            }
            for (int i = 0; i < testCase.steps().size(); i++) {
                RequestStep step = testCase.steps().get(i);
                Pair answers = send(template, step, previous);
                String label = "#" + (i + 1) + " " + step.operation() + " ";
                WireAnswer reference = answers.reference();
                boolean documented = testCase.knownReferenceDifference() && step.hasExpectation();
                if (documented) {
                    reference = DocumentedAnswer.correct(reference, template.expand(step.expected(), null));
                } else if (reference.status() >= 500 || reference.status() < 0) {
                    referenceFailures.add(label + "DynamoDB Local answered " + reference.status() + ": " + reference.rawBody());
                }
                List<Mismatch> found = AnswerComparator.compare(step.operation(), answers.cairn(), reference, step.ignore());
                if (documented && DocumentedAnswer.messageUnstated(step.expected())) {
                    found.removeIf(m -> m.field().equals("message"));
                }
                found.forEach(m -> mismatches.add(new Mismatch(label + m.field(), m.cairn(), m.reference())));
                previous = answers;
            }
        } finally {
            dropTables(suffix);
        }
        return new CaseOutcome(testCase, mismatches, referenceFailures);
    }

    private Pair send(RequestTemplate template, RequestStep step, Pair previous) {
        String operation = step.operation();
        return new Pair(
                client.send(cairn, operation, body(template, step, previous.cairn())),
                client.send(reference, operation, body(template, step, previous.reference())));
    }

    private String body(RequestTemplate template, RequestStep step, WireAnswer previous) {
        if (step.rawBody() != null) {
            return template.text(step.rawBody());
        }
        JsonNode expanded = template.expand(step.body(), previous == null ? null : previous.body());
        try {
            return json.writeValueAsString(expanded);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops every table whose name carries the case's suffix, deletion protection or not. */
    private void dropTables(String suffix) {
        for (URI server : List.of(cairn, reference)) {
            for (String table : tablesOf(server)) {
                if (table.contains("_" + suffix)) {
                    String body = json.createObjectNode().put("TableName", table).toString();
                    client.send(server, "UpdateTable", json.createObjectNode().put("TableName", table)
                            .put("DeletionProtectionEnabled", false).toString());
                    client.send(server, "DeleteTable", body);
                }
            }
        }
    }

    private List<String> tablesOf(URI server) {
        List<String> names = new ArrayList<>();
        String start = null;
        do {
            var request = json.createObjectNode();
            if (start != null) {
                request.put("ExclusiveStartTableName", start);
            }
            WireAnswer answer = client.send(server, "ListTables", request.toString());
            answer.body().path("TableNames").forEach(name -> names.add(name.asText()));
            JsonNode next = answer.body().get("LastEvaluatedTableName");
            start = next == null || answer.isError() ? null : next.asText();
        } while (start != null);
        return names;
    }

    private record Pair(WireAnswer cairn, WireAnswer reference) {
    }
}
