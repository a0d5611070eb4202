package dev.cairn.core.expression;

import java.util.List;

/**
 * DynamoDB refuses an update or projection whose paths touch the same data: one path a prefix of
 * another "overlaps" ([a] and [a, b], or the same path twice); paths that step into the same value
 * once as a map and once as a list "conflict" ([a, b] and [a, [1]]). Pairs are reported in the
 * order the paths were written.
 */
final class PathOverlap {

    private PathOverlap() {}

    static void check(ExpressionKind kind, List<DocumentPath> paths) {
        for (int j = 1; j < paths.size(); j++) {
            for (int i = 0; i < j; i++) {
                check(kind, paths.get(i), paths.get(j));
            }
        }
    }

    private static void check(ExpressionKind kind, DocumentPath one, DocumentPath two) {
        List<DocumentPath.Element> a = one.elements();
        List<DocumentPath.Element> b = two.elements();
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            DocumentPath.Element x = a.get(k);
            DocumentPath.Element y = b.get(k);
            if (!x.equals(y)) {
                if (x.getClass() != y.getClass()) {
                    throw kind.invalid("Two document paths conflict with each other; must remove or rewrite one of "
                            + "these paths; path one: " + one + ", path two: " + two);
                }
                return;
            }
        }
        throw kind.invalid("Two document paths overlap with each other; must remove or rewrite one of these paths; "
                + "path one: " + one + ", path two: " + two);
    }
}
