package dev.cairn.tck.runner.differential;

import java.util.List;

/**
 * A named scenario sent to Cairn and to DynamoDB Local: setup requests that must succeed on both,
 * then the requests whose answers are compared. A case tagged {@code "reference": "differs"}
 * documents where DynamoDB Local departs from DynamoDB, with the reason, and its steps carry
 * DynamoDB's answer.
 */
record DifferentialCase(String area, String name, List<RequestStep> setup, List<RequestStep> steps, String reason) {

    DifferentialCase {
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
    }

    boolean knownReferenceDifference() {
        return reason != null;
    }

    String displayName() {
        return area + " :: " + name;
    }
}
