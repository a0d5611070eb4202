package dev.cairn.core.expression;

import static dev.cairn.core.expression.Fixtures.l;
import static dev.cairn.core.expression.Fixtures.m;
import static dev.cairn.core.expression.Fixtures.map;
import static dev.cairn.core.expression.Fixtures.n;
import static dev.cairn.core.expression.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Projections of the item DynamoDB Local 3.3.1 was probed with (GetItem); results and messages are its answers. */
class ProjectionExpressionTest {

    private static Map<String, AttributeValue> item() {
        return map("pk", s("a"), "sk", n("3"), "s", s("hi"), "n", n("5"),
                "l", l(n("0"), m("a", n("1"), "b", n("2")), n("2"), l(n("7"), n("8"))),
                "m", m("x", n("1"), "y", m("z", s("q"), "w", s("r"))));
    }

    private static Map<String, AttributeValue> project(String text) {
        return Expressions.projection(text, Fixtures.context(text)).apply(item());
    }

    @Test
    void topLevelAttributesAreSelected() {
        assertEquals(map("s", s("hi"), "n", n("5")), project("s, n"));
    }

    @Test
    void listElementsComeBackCompactedInIndexOrder() {
        assertEquals(map("l", l(m("a", n("1"), "b", n("2")), l(n("7"), n("8")))), project("l[3], l[1]"));
        assertEquals(map("l", l(n("0"), n("2"))), project("l[0], l[2]"));
        assertEquals(map("l", l(l(n("8")))), project("l[3][1]"));
        assertEquals(map("l", l(m("a", n("1")), l(n("7")))), project("l[1].a, l[3][0]"));
        assertEquals(map("l", l(m("b", n("2"), "a", n("1")))), project("l[1].b, l[1].a"));
    }

    @Test
    void nestedMapsKeepTheirShape() {
        assertEquals(map("m", m("y", m("z", s("q")), "x", n("1"))), project("m.y.z, m.x"));
        assertEquals(map("l", l(m("a", n("1")))), project("l[1].a"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"l[9]", "s[0]", "m.q", "n.x", "zz.y",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.ab.ac.ad.ae.af", "l[2147483647]"})
    void pathsThatReachNothingProjectNothing(String text) {
        assertEquals(Map.of(), project(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "m.y, m.y.z | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m, y], path two: [m, y, z]",
        "m.y.z, m.y | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [m, y, z], path two: [m, y]",
        "s, s | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [s], path two: [s]",
        "l[1], l.a | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [l, [1]], path two: [l, a]",
        "l.a, l[1] | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [l, a], path two: [l, [1]]",
        "s, | Syntax error; token: \"<EOF>\", near: \",\"",
        "size(s) | Syntax error; token: \"(\", near: \"size(s\"",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.ab.ac.ad.ae.af.ag | The document path has too many nesting levels; nesting levels: 33",
        "l[99999999999] | List index is not within the allowable range; index: [99999999999]",
        "l[4294967295] | List index is not within the allowable range; index: [4294967295]",
        "l[2147483648] | List index is not within the allowable range; index: [2147483648]",
        "data | Attribute name is a reserved keyword; reserved keyword: data",
    })
    void projectionErrorsAreWordedAsDynamoDbWordsThem(String text, String message) {
        ApiException e = assertThrows(ApiException.class, () -> Expressions.projection(text, Fixtures.context(text)));
        assertEquals("Invalid ProjectionExpression: " + message, e.getMessage());
    }

    @Test
    void emptyProjectionIsRejected() {
        ApiException e = assertThrows(ApiException.class, () -> Expressions.projection("", Fixtures.context("")));
        assertEquals("Invalid ProjectionExpression: The expression can not be empty;", e.getMessage());
    }
}
