package dev.cairn.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a crash test knows about every key it wrote: the highest version it sent, the highest
 * version the server acknowledged, and for counters how many increments were sent and acknowledged.
 *
 * <p>Every write sets {@code ver} to the key's next version and {@code payload} to
 * {@code key#ver}; a counter write also adds 1 to {@code hits}. An acknowledged write must be in
 * the store after a crash; a write that was sent but not acknowledged may or may not be. So a stored
 * item must satisfy: {@code ackedVersion <= ver <= attemptedVersion}, {@code payload == key#ver},
 * and for counters {@code ackedIncrements <= hits <= min(ver, attemptedIncrements)}; a key with an
 * acknowledged write must be present, and no key the test never sent may appear.
 *
 * <p>Each key is written by one thread at a time, and that thread stops at its first failed write,
 * so a write that was not acknowledged can never overtake a later one. The ledger's fields are
 * plain: the writers are joined before anyone reads them.
 */
final class WriteLedger {

    /** One key's history. */
    static final class Key {
        final String name;
        final boolean counter;
        long attemptedVersion;
        long ackedVersion;
        long attemptedIncrements;
        long ackedIncrements;
        /** Acknowledged writes to this key not yet checked after a crash. */
        long unverifiedAcks;

        Key(String name, boolean counter) {
            this.name = name;
            this.counter = counter;
        }

        /** Records a write about to be sent; returns the version it carries. */
        long attempt() {
            if (counter) {
                attemptedIncrements++;
            }
            return ++attemptedVersion;
        }

        /** Records the acknowledgment of the write that carried {@code version}. */
        void acknowledge(long version) {
            ackedVersion = Math.max(ackedVersion, version);
            if (counter) {
                ackedIncrements++;
            }
            unverifiedAcks++;
        }
    }

    /** The outcome of one check of the store against the ledger. */
    record Verdict(long verified, long lost, long keysChecked, List<String> problems) {}

    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    Key key(String name, boolean counter) {
        return keys.computeIfAbsent(name, n -> new Key(n, counter));
    }

    long acknowledgedKeys() {
        return keys.values().stream().filter(k -> k.ackedVersion > 0).count();
    }

    /**
     * Checks a full scan of the table against every key, and each key acknowledged since the last
     * check against a GetItem of it too (which must equal the scanned item). Marks those writes
     * verified when they are all there.
     */
    Verdict verify(Map<String, Map<String, AttributeValue>> scanned,
            Function<List<String>, Map<String, Map<String, AttributeValue>>> getItems) {
        List<String> problems = new ArrayList<>();
        for (String name : scanned.keySet()) {
            if (!keys.containsKey(name)) {
                problems.add("Scan returned " + name + ", which was never written");
            }
        }
        List<String> fresh = keys.values().stream().filter(k -> k.unverifiedAcks > 0).map(k -> k.name).toList();
        Map<String, Map<String, AttributeValue>> got = getItems.apply(fresh);

        long verified = 0;
        long lost = 0;
        for (Key key : keys.values()) {
            Map<String, AttributeValue> item = scanned.get(key.name);
            long missing = missing(key, item, problems);
            if (key.unverifiedAcks > 0) {
                Map<String, AttributeValue> read = got.get(key.name);
                if (!Objects.equals(read, item)) {
                    problems.add(key.name + ": GetItem " + read + " differs from Scan " + item);
                }
                if (missing == 0) {
                    verified += key.unverifiedAcks;
                }
                key.unverifiedAcks = 0;
            }
            lost += missing;
        }
        return new Verdict(verified, lost, keys.size(), problems);
    }

    /** How many acknowledged writes of {@code key} the stored item lacks; adds what is wrong to problems. */
    private static long missing(Key key, Map<String, AttributeValue> item, List<String> problems) {
        if (item == null) {
            if (key.ackedVersion > 0) {
                problems.add(key.name + ": missing, acknowledged up to version " + key.ackedVersion);
                return key.counter ? key.ackedIncrements : 1;
            }
            return 0;
        }
        long ver = number(item, "ver");
        String payload = item.get("payload") == null ? null : item.get("payload").s();
        if (!(key.name + "#" + ver).equals(payload)) {
            problems.add(key.name + ": payload " + payload + " does not belong to version " + ver);
        }
        if (ver > key.attemptedVersion) {
            problems.add(key.name + ": version " + ver + " was never sent (highest sent " + key.attemptedVersion + ")");
        }
        long lost = 0;
        if (ver < key.ackedVersion) {
            problems.add(key.name + ": version " + ver + " < acknowledged " + key.ackedVersion);
            lost = 1;
        }
        if (key.counter) {
            long hits = number(item, "hits");
            if (hits < key.ackedIncrements) {
                problems.add(key.name + ": hits " + hits + " < acknowledged increments " + key.ackedIncrements);
                lost = Math.max(lost, key.ackedIncrements - hits);
            }
            if (hits > Math.min(ver, key.attemptedIncrements)) {
                problems.add(key.name + ": hits " + hits + " > sent increments " + key.attemptedIncrements
                        + " or version " + ver);
            }
        }
        return lost;
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? -1 : Long.parseLong(value.n());
    }
}
