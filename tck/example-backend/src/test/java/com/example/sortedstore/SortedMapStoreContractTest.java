package com.example.sortedstore;

import dev.cairn.spi.storage.Store;
import dev.cairn.tck.storage.StoreContractSuite;

/**
 * The storage contract, run against this backend: the one fixture method opens a fresh store. The
 * multi-partition transaction tests are aborted (the store declares them off), the rest must pass.
 */
class SortedMapStoreContractTest extends StoreContractSuite {

    @Override
    protected Store openStore() {
        return new SortedMapStore();
    }
}
