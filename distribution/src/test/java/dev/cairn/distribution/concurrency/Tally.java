package dev.cairn.distribution.concurrency;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * What the clients of one test saw, and the one place that decides what an error means: refused (a
 * condition failed, nothing written), a conflict or a throttle (nothing written, retried by the
 * client and counted), or anything else, which is rethrown and fails the test.
 */
final class Tally {

    enum Outcome { REFUSED, CONFLICT, THROTTLED }

    private static final Set<String> THROTTLING = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "RequestLimitExceeded", "LimitExceededException");

    final LongAdder operations = new LongAdder();
    final LongAdder committed = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder conflicts = new LongAdder();
    final LongAdder throttles = new LongAdder();

    /** Counts {@code e} and says what it means; rethrows an error that is neither. */
    Outcome failed(DynamoDbException e) {
        Outcome outcome = classify(e);
        switch (outcome) {
            case REFUSED -> refused.increment();
            case CONFLICT -> conflicts.increment();
            case THROTTLED -> {
                throttles.increment();
                backOff();
            }
        }
        return outcome;
    }

    static Outcome classify(DynamoDbException e) {
        if (e instanceof ConditionalCheckFailedException) {
            return Outcome.REFUSED;
        }
        if (e instanceof TransactionConflictException) {
            return Outcome.CONFLICT;
        }
        if (e instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            Set<String> codes = new java.util.HashSet<>();
            for (CancellationReason reason : cancelled.cancellationReasons()) {
                codes.add(reason.code());
            }
            if (codes.contains("ConditionalCheckFailed")) {
                return Outcome.REFUSED;
            }
            if (codes.contains("TransactionConflict")) {
                return Outcome.CONFLICT;
            }
            if (codes.contains("ThrottlingError")) {
                return Outcome.THROTTLED;
            }
        }
        if (e.awsErrorDetails() != null && THROTTLING.contains(e.awsErrorDetails().errorCode())) {
            return Outcome.THROTTLED;
        }
        throw e;
    }

    long retries() {
        return conflicts.sum() + throttles.sum();
    }

    /** Prints the figures line of one test on one route and returns it. */
    String print(String test, TransactionRoute route, long elapsedMillis, String more) {
        String line = String.format("[figures] %-13s %-21s operations=%d committed=%d refused=%d conflicts=%d "
                        + "throttles=%d retries=%d elapsed=%d ms throughput=%.0f committed/s%s",
                test, route, operations.sum(), committed.sum(), refused.sum(), conflicts.sum(), throttles.sum(),
                retries(), elapsedMillis, committed.sum() * 1000.0 / Math.max(1, elapsedMillis),
                more.isEmpty() ? "" : " " + more);
        System.out.println(line);
        return line;
    }

    private static void backOff() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(2, 20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
