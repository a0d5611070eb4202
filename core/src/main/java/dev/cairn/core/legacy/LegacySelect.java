package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import java.util.List;

/**
 * Query and Scan: AttributesToGet goes only with Select SPECIFIC_ATTRIBUTES (or no Select). An
 * empty list counts as none. The converse rule (SPECIFIC_ATTRIBUTES needs AttributesToGet or a
 * ProjectionExpression) stays with the engine's Select check, which must count a non-empty
 * AttributesToGet as a projection.
 */
public final class LegacySelect {

    private LegacySelect() {}

    public static void check(String select, List<String> attributesToGet) {
        if (attributesToGet == null || attributesToGet.isEmpty() || select == null
                || "SPECIFIC_ATTRIBUTES".equals(select)) {
            return;
        }
        String what = "COUNT".equals(select) ? "only the Count" : select;
        throw ApiException.validation("Cannot specify the AttributesToGet when choosing to get " + what);
    }
}
