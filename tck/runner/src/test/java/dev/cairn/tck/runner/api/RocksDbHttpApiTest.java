package dev.cairn.tck.runner.api;

import dev.cairn.tck.api.ApiConformanceSuite;
import dev.cairn.tck.api.ApiTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The whole API suite against Cairn on RocksDB in a temporary directory, called by the SDK over HTTP through the real front end on a loopback port. */
class RocksDbHttpApiTest extends ApiConformanceSuite {

    private static CairnTarget target;

    @BeforeAll
    static void start() {
        target = CairnTarget.start(Backend.ROCKSDB, FrontEnd.HTTP);
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
