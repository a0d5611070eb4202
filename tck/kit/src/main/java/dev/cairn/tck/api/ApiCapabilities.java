package dev.cairn.tck.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a target supports, fixed for the whole run. {@code dynamoDbLocal} marks the reference run:
 * tests tagged {@link DynamoDbLocalDiffers} are then aborted with their documented reason.
 */
public final class ApiCapabilities {

    private final Set<Capability> capabilities;
    private final boolean dynamoDbLocal;

    private ApiCapabilities(Set<Capability> capabilities, boolean dynamoDbLocal) {
        this.capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(capabilities);
        this.dynamoDbLocal = dynamoDbLocal;
    }

    /** Every optional capability, for a target claiming full DynamoDB behaviour. */
    public static ApiCapabilities all() {
        return new ApiCapabilities(EnumSet.allOf(Capability.class), false);
    }

    /** Only the core operations: tables, items, expressions, query, scan, batches. */
    public static ApiCapabilities core() {
        return new ApiCapabilities(EnumSet.noneOf(Capability.class), false);
    }

    /** DynamoDB Local, the reference implementation: every capability, and reference mode on. */
    public static ApiCapabilities dynamoDbLocal() {
        return new ApiCapabilities(EnumSet.allOf(Capability.class), true);
    }

    /** These capabilities, reference mode unchanged. */
    public ApiCapabilities with(Capability first, Capability... more) {
        EnumSet<Capability> next = EnumSet.of(first, more);
        next.addAll(capabilities);
        return new ApiCapabilities(next, dynamoDbLocal);
    }

    /** These capabilities removed, reference mode unchanged. */
    public ApiCapabilities without(Capability first, Capability... more) {
        EnumSet<Capability> next = EnumSet.noneOf(Capability.class);
        next.addAll(capabilities);
        next.removeAll(EnumSet.of(first, more));
        return new ApiCapabilities(next, dynamoDbLocal);
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    public boolean transactions() {
        return has(Capability.TRANSACTIONS);
    }

    public boolean secondaryIndexes() {
        return has(Capability.SECONDARY_INDEXES);
    }

    public boolean ttl() {
        return has(Capability.TTL);
    }

    public boolean streams() {
        return has(Capability.STREAMS);
    }

    /** True when the target is DynamoDB Local, whose documented differences are then not tested. */
    public boolean isDynamoDbLocal() {
        return dynamoDbLocal;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiCapabilities that
                && capabilities.equals(that.capabilities)
                && dynamoDbLocal == that.dynamoDbLocal;
    }

    @Override
    public int hashCode() {
        return capabilities.hashCode() * 31 + Boolean.hashCode(dynamoDbLocal);
    }

    @Override
    public String toString() {
        return "ApiCapabilities" + capabilities + (dynamoDbLocal ? " (DynamoDB Local)" : "");
    }
}
