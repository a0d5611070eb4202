package dev.cairn.core.transaction;

import java.nio.charset.StandardCharsets;

/**
 * A TransactWriteItems' ClientRequestToken and the fingerprint of the request that carries it.
 *
 * @param partition the token's row in {@link dev.cairn.core.table.Subspaces#TRANSACTION_TOKENS}
 */
record RequestToken(byte[] partition, byte[] fingerprint) {

    static RequestToken of(String token, Object request) {
        return token == null ? null : new RequestToken(token.getBytes(StandardCharsets.UTF_8),
                RequestFingerprint.of(request));
    }
}
