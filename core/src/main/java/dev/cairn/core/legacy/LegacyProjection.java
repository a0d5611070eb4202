package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.expression.ProjectionExpression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Translates the legacy AttributesToGet into the engine's ProjectionExpression. Names are literal
 * top-level attributes ("a.b" is one attribute named a.b); an empty list projects nothing away.
 * DynamoDB words a repeated name differently in BatchGetItem than in GetItem, Query and Scan.
 */
public final class LegacyProjection {

    private LegacyProjection() {}

    /**
     * For GetItem, Query and Scan.
     *
     * @return the projection, or null when the list is null or empty (the whole item)
     */
    public static ProjectionExpression of(List<String> attributesToGet) {
        return of(attributesToGet, name -> "Cannot have two attributes with the same name");
    }

    /** For one table's KeysAndAttributes of BatchGetItem; otherwise as {@link #of(List)}. */
    public static ProjectionExpression ofBatch(List<String> attributesToGet) {
        return of(attributesToGet,
                name -> "One or more parameter values were invalid: Duplicate value in attribute name: " + name);
    }

    private static ProjectionExpression of(List<String> attributesToGet,
            Function<String, String> duplicateMessage) {
        if (attributesToGet == null || attributesToGet.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        List<DocumentPath> paths = new ArrayList<>();
        for (String name : attributesToGet) {
            AttributeNames.requireValid(name);
            if (!seen.add(name)) {
                throw ApiException.validation(duplicateMessage.apply(name));
            }
            paths.add(DocumentPath.of(name));
        }
        List<DocumentPath> projected = List.copyOf(paths);
        return new ProjectionExpression() {
            @Override
            public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
                return DocumentPath.project(item, projected);
            }

            @Override
            public List<DocumentPath> paths() {
                return projected;
            }
        };
    }
}
