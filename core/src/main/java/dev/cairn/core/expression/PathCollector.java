package dev.cairn.core.expression;

import java.util.ArrayList;
import java.util.List;

/** Lists the document paths a resolved condition reads, for the engine's checks on key attributes. */
final class PathCollector {

    private PathCollector() {}

    static List<DocumentPath> paths(Predicate predicate) {
        List<DocumentPath> out = new ArrayList<>();
        collect(predicate, out);
        return List.copyOf(out);
    }

    private static void collect(Predicate p, List<DocumentPath> out) {
        if (p instanceof Predicate.And a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (p instanceof Predicate.Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (p instanceof Predicate.Not n) {
            collect(n.inner(), out);
        } else if (p instanceof Predicate.Compare c) {
            collect(c.left(), out);
            collect(c.right(), out);
        } else if (p instanceof Predicate.Between b) {
            collect(b.value(), out);
            collect(b.lower(), out);
            collect(b.upper(), out);
        } else if (p instanceof Predicate.In in) {
            collect(in.value(), out);
            in.candidates().forEach(c -> collect(c, out));
        } else if (p instanceof Predicate.Exists e) {
            out.add(e.path());
        } else if (p instanceof Predicate.TypeIs t) {
            collect(t.of(), out);
        } else if (p instanceof Predicate.BeginsWith b) {
            collect(b.value(), out);
            collect(b.prefix(), out);
        } else if (p instanceof Predicate.Contains c) {
            collect(c.container(), out);
            collect(c.element(), out);
        }
    }

    private static void collect(Operand o, List<DocumentPath> out) {
        if (o instanceof Operand.PathRef p) {
            out.add(p.path());
        } else if (o instanceof Operand.Size s) {
            collect(s.of(), out);
        }
    }
}
