package dev.cairn.tck.runner.api;

import dev.cairn.tck.api.ApiConformanceSuite;
import dev.cairn.tck.api.ApiTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The whole API suite against Cairn on the in-memory backend, called by the SDK over HTTP through the real front end on a loopback port. */
class MemoryHttpApiTest extends ApiConformanceSuite {

    private static CairnTarget target;

    @BeforeAll
    static void start() {
        target = CairnTarget.start(Backend.MEMORY, FrontEnd.HTTP);
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Override
    protected ApiTarget target() {
        return target;
    }
}
