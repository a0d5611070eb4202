package dev.cairn.frontend.embedded;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids shaped like DynamoDB's {@code x-amzn-RequestId} (52 characters of A-Z and 0-9), so
 * code that logs or parses them sees what it would see from the service.
 */
final class RequestIds {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    static final int LENGTH = 52;

    private RequestIds() {}

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
