package dev.cairn.tck.runner.report;

import dev.cairn.tck.api.DynamoDbLocalDiffers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when the run ends, one line per top-level test class — for the API runners, one per
 * backend × front end combination and one for the DynamoDB Local reference run — with passed,
 * failed and aborted counts and the abort reasons grouped, so "every combination behaves the same"
 * reads off the build log. Surefire's own totals mix all combinations into one number.
 *
 * <p>Registered through {@code META-INF/services}. The summary goes to standard output and, when
 * the system property {@value #FILE_PROPERTY} names a file, to that file too (surefire may send
 * test output to its report files).
 */
public final class PerCombinationSummary implements TestExecutionListener {

    public static final String FILE_PROPERTY = "tck.summary.file";

    private static final TestTag DIFFERS = TestTag.create(DynamoDbLocalDiffers.TAG);

    private final Map<String, ClassTally> tallies = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            tally(test).ifPresent(ClassTally::skipped);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Optional<ClassTally> tally = tally(test);
        if (tally.isEmpty()) {
            return;
        }
        Throwable cause = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (test.isTest()) {
                    tally.get().passed();
                }
            }
            case ABORTED -> {
                if (test.isTest()) {
                    tally.get().aborted(cause, test.getTags().contains(DIFFERS));
                }
            }
            case FAILED -> tally.get().failed(test.isTest() ? testName(test) : "(container) " + test.getDisplayName(), cause);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("==== Per-class results (each API runner is one backend × front end combination) ====");
        synchronized (tallies) {
            tallies.forEach((className, tally) -> lines.addAll(tally.describe(className)));
        }
        lines.add("");
        lines.forEach(System.out::println);
        String file = System.getProperty(FILE_PROPERTY);
        if (file != null && !file.isBlank()) {
            try {
                Path path = Path.of(file);
                Files.createDirectories(path.toAbsolutePath().getParent());
                Files.write(path, lines);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the summary to " + file, e);
            }
        }
    }

    /** The test as {@code NestedSuite.testMethod()}, enough to find it in the kit. */
    private static String testName(TestIdentifier test) {
        StringBuilder name = new StringBuilder();
        for (UniqueId.Segment segment : test.getUniqueIdObject().getSegments()) {
            if (segment.getType().equals("nested-class")) {
                name.append(segment.getValue()).append('.');
            }
        }
        return name.append(test.getDisplayName()).toString();
    }

    /** The tally of the top-level class the test belongs to, or empty for engine-level nodes. */
    private Optional<ClassTally> tally(TestIdentifier test) {
        for (UniqueId.Segment segment : test.getUniqueIdObject().getSegments()) {
            if (segment.getType().equals("class")) {
                String simpleName = segment.getValue().substring(segment.getValue().lastIndexOf('.') + 1);
                synchronized (tallies) {
                    return Optional.of(tallies.computeIfAbsent(simpleName, name -> new ClassTally()));
                }
            }
        }
        return Optional.empty();
    }
}
