package dev.cairn.tck.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome counts of one top-level test class (one combination, for the API runners): passes,
 * failures by test name, and aborts grouped by their reason, since "14 aborted" alone would hide
 * whether a capability was missing or a documented DynamoDB Local difference was skipped.
 */
final class ClassTally {

    /** Enough to show every reason of the API runners; a class aborting for more reasons says so. */
    private static final int MAX_REASONS_SHOWN = 12;

    private int passed;
    private int skipped;
    private int taggedDifferencesAborted;
    private final List<String> failed = new ArrayList<>();
    private final Map<String, Integer> abortReasons = new TreeMap<>();

    synchronized void passed() {
        passed++;
    }

    synchronized void failed(String test, Throwable cause) {
        failed.add(test + (cause == null ? "" : " — " + oneLine(cause)));
    }

    synchronized void aborted(Throwable cause, boolean taggedDynamoDbLocalDifference) {
        abortReasons.merge(cause == null ? "(no reason given)" : oneLine(cause), 1, Integer::sum);
        if (taggedDynamoDbLocalDifference) {
            taggedDifferencesAborted++;
        }
    }

    synchronized void skipped() {
        skipped++;
    }

    /** One line of counts, then one indented line per abort reason and per failure. */
    synchronized List<String> describe(String className) {
        int aborted = abortReasons.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder head = new StringBuilder(String.format("%-32s %4d tests: %4d passed, %3d failed, %3d aborted",
                className, passed + failed.size() + aborted + skipped, passed, failed.size(), aborted));
        if (skipped > 0) {
            head.append(", ").append(skipped).append(" skipped");
        }
        if (taggedDifferencesAborted > 0) {
            head.append(" (").append(taggedDifferencesAborted).append(" tagged DynamoDB Local differences)");
        }
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        abortReasons.entrySet().stream().limit(MAX_REASONS_SHOWN).forEach(
                reason -> lines.add(String.format("    aborted %3d × %s", reason.getValue(), reason.getKey())));
        if (abortReasons.size() > MAX_REASONS_SHOWN) {
            lines.add("    … and " + (abortReasons.size() - MAX_REASONS_SHOWN) + " more abort reasons (see the surefire reports)");
        }
        failed.forEach(test -> lines.add("    FAILED " + test));
        return lines;
    }

    /** The message on one line (AssertJ spreads expected and actual over several), cut to a readable length. */
    private static String oneLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
