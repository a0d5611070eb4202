package dev.cairn.tck.storage;

import dev.cairn.spi.storage.Store;

/**
 * The storage contract every {@link Store} keeps, as the SPI's Javadoc states it. A backend proves
 * itself by extending this class and implementing {@link #openStore()}.
 *
 * <p>Each test works in its own randomly named keyspace, so the suite also runs against a shared,
 * non-empty server. Tests that need an optional capability are aborted with the reason when the
 * store lacks it, never passed silently.
 *
 * <p>The tests live by area in a chain of package-private superclasses ({@link PointAndRangeReadContract},
 * {@link ScanContract}, {@link ConditionalBatchContract}, {@link NonBlockingAndDurabilityContract},
 * {@link TransactionContract}, {@link KeyspaceAndLargeValueContract}, over {@link StoreFixture}), not in
 * nested classes: inherited, every test runs and is reported under the backend's own test class, so
 * two backends in one module do not share report names.
 */
public abstract class StoreContractSuite extends KeyspaceAndLargeValueContract {}
