package dev.cairn.tck.runner.differential;

import java.util.List;

/**
 * What running one case showed: the fields where Cairn differs (from DynamoDB Local, or from the
 * documented answer in a tagged case), and anything DynamoDB Local did that the case did not
 * expect of it, such as an internal error or a failed setup request.
 */
record CaseOutcome(DifferentialCase testCase, List<Mismatch> mismatches, List<String> referenceFailures) {

    CaseOutcome {
        mismatches = List.copyOf(mismatches);
        referenceFailures = List.copyOf(referenceFailures);
    }

    boolean matched() {
        return mismatches.isEmpty() && referenceFailures.isEmpty();
    }
}
