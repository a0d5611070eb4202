package dev.cairn.tck.runner.api;

import dev.cairn.tck.api.ApiCapabilities;
import dev.cairn.tck.api.Capability;

/**
 * What Cairn's engine offers today through every front end, in one place so the four combinations
 * claim the same. A capability is added here only once the engine and both front ends serve it;
 * until then the kit aborts its tests with "the target lacks ...", which the run summary lists.
 */
final class CairnCapabilities {

    private CairnCapabilities() {}

    static ApiCapabilities today() {
        return ApiCapabilities.core().with(Capability.SECONDARY_INDEXES, Capability.TRANSACTIONS);
    }
}
