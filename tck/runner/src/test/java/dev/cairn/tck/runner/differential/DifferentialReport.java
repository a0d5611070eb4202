package dev.cairn.tck.runner.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every case's outcome and writes the one page the team works from: counts, the tagged
 * differences of DynamoDB Local with their reasons, and every mismatch grouped by area as a table
 * of case, field, Cairn's answer and the reference's — on the console and as Markdown.
 */
final class DifferentialReport {

    private final List<CaseOutcome> outcomes = new ArrayList<>();

    synchronized void add(CaseOutcome outcome) {
        outcomes.add(outcome);
    }

    synchronized String render() {
        long matched = outcomes.stream().filter(CaseOutcome::matched).count();
        long tagged = outcomes.stream().filter(o -> o.testCase().knownReferenceDifference()).count();
        long mismatched = outcomes.stream().filter(o -> !o.mismatches().isEmpty()).count();
        long referenceFailed = outcomes.stream().filter(o -> !o.referenceFailures().isEmpty()).count();
        StringBuilder out = new StringBuilder();
        out.append("# Cairn vs DynamoDB Local 3.3.1 — differential report\n\n");
        out.append("| cases run | matched | tagged reference differences | cases with mismatches | cases where DynamoDB Local failed |\n");
        out.append("|---|---|---|---|---|\n");
        out.append("| ").append(outcomes.size()).append(" | ").append(matched).append(" | ").append(tagged)
                .append(" | ").append(mismatched).append(" | ").append(referenceFailed).append(" |\n\n");

        out.append("## Tagged differences (checked against DynamoDB's documented answer)\n\n");
        for (CaseOutcome o : outcomes) {
            if (o.testCase().knownReferenceDifference()) {
                out.append("- ").append(o.testCase().displayName()).append(o.mismatches().isEmpty() ? " (Cairn matches DynamoDB)" : " (Cairn differs)")
                        .append(": ").append(o.testCase().reason()).append('\n');
            }
        }

        out.append("\n## Mismatches by area\n");
        Map<String, List<CaseOutcome>> byArea = new LinkedHashMap<>();
        outcomes.stream().filter(o -> !o.mismatches().isEmpty())
                .forEach(o -> byArea.computeIfAbsent(o.testCase().area(), a -> new ArrayList<>()).add(o));
        for (Map.Entry<String, List<CaseOutcome>> area : byArea.entrySet()) {
            out.append("\n### ").append(area.getKey()).append(" (").append(area.getValue().size()).append(" cases)\n\n");
            out.append("| case | field | Cairn | DynamoDB Local (or documented) |\n|---|---|---|---|\n");
            for (CaseOutcome o : area.getValue()) {
                for (Mismatch m : o.mismatches()) {
                    out.append("| ").append(cell(o.testCase().name())).append(" | ").append(cell(m.field()))
                            .append(" | ").append(cell(m.cairn())).append(" | ").append(cell(m.reference())).append(" |\n");
                }
            }
        }

        out.append("\n## DynamoDB Local failed unexpectedly\n\n");
        for (CaseOutcome o : outcomes) {
            for (String failure : o.referenceFailures()) {
                out.append("- ").append(o.testCase().displayName()).append(": ").append(cell(failure)).append('\n');
            }
        }
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String text) {
        String flat = text.replace("\n", " ").replace("|", "\\|");
        return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
    }
}
